// Everyday English words that the knowledge base does not contain. The spelling corrector knows them as real words,
// so that a question's ordinary word is not "corrected" into a knowledge-base word one or two letters away
// ("recurring" → "recording", "reception" → "exception", "whole" → "while", "event" → "even"). They are only known
// to the corrector: they are not indexed and add nothing to any topic's score.

export const COMMON_WORDS: readonly string[] = (
  'able above accept accepted accident account accurate across acting action active actual added adding address ' +
  'afternoon agenda agree agreed ahead aimed alarm alone along alright amazing amount angry animal annoyed annual ' +
  'answer answered apart apology appear applied apply approach april areas argue around arrange arrive arrived ' +
  'article asleep assume attach attached attend attended attendance attention august autumn avoid awake aware awful ' +
  'backup badge baking balance based basic batch battery beach became become becomes bedroom began begin beginning ' +
  'behind being believe boost belong below benefit beside better beyond bigger biggest birthday black blank blame blocked ' +
  'board boring borrow boss bottle bottom bought brain branch brand bread break breakfast brief bright bring ' +
  'bringing broken brother brought brown budget build building built bunch business busy butter button buying ' +
  'cable calendar came cancel cancelled candidate cannot capital career careful carry carried catch caught cause ' +
  'ceiling certain chair chance change changed channel charge charity cheap check checked cheese chief child ' +
  'children choice church circle city claim class clean clear clearly clever click climb clock close closed ' +
  'clothes cloud coach coffee colour column comment common community compare complain complete computer concern ' +
  'confirm confused contract control convert copied correct cost costs could council count country couple course ' +
  'cousin cover crash crazy create credit crowd customer cycle daily damage dance danger dark daughter dealing ' +
  'dealt dear death december decide decided decision deep deliver demand depends describe design desk detail ' +
  'develop diary different dinner direct director dirty discuss dismiss distance doctor document dollar double ' +
  'doubt draft drawing dream dress drink drive driver driving dropped during early earlier easier easily eating ' +
  'edge editor effect effort eight either elderly election electric eleven email emails empty ending enemy energy ' +
  'engine enjoy enough entire entry equal error escape evening event events every exact exactly exam example excel ' +
  'excited excuse exercise expect expected expense expensive explain extend extra factory fairly false family famous ' +
  'fancy farmer fashion father fault favour feature february feeling fellow female field fight figure final finance ' +
  'finger finish fixed flight floor flower focus follow food football force forest forget forgot formal format forms ' +
  'forty forward found fourth frame france fresh friday friend friendly front fruit fully funny future garden ' +
  'gather general gentle giving glass global going golden gosh grand grant grass great green greet ground group ' +
  'growing guest guitar habit happen happened happening happy harder heading health hearing heart heavy height ' +
  'hello helpful hidden highly history hobby holding holiday honest hoping horse hospital hotel hours house housing ' +
  'however human hundred hungry hurry husband image imagine impact improve include included includes income ' +
  'indeed india inside instead issue issues itself january jacket journey judge juice july june junior keeping ' +
  'kitchen knowledge label labour language large later latest laugh launch layout leader learning least leave leaving ' +
  'lecture legal lesson letter letting level library licence light likely limit listen little lively living local ' +
  'lovely lower lucky lunch machine madam magazine major making manager manner march market marketing married match ' +
  'matter maybe meaning measure media medium member memory mention message metal method middle might minor minute ' +
  'minutes mirror mistake model modern moment monday money month months morning mother motor mountain movie moving ' +
  'music myself narrow nation native nature nearby nearly neither nervous never night nobody noise normal north ' +
  'notice novel november number nurse object obvious occur ocean october offer office often older opening opinion ' +
  'option order ordinary organic original outside owner paint paper parent partly party passed patient pattern ' +
  'payment peace pencil pension perfect perhaps period person phrase piano picture piece place plain plane planet ' +
  'planning plant plate player pleasant please pleased plenty pocket point police polite popular position positive ' +
  'possible post pound power practical prefer pregnant present pretty price print printer prior prize probably ' +
  'problem process produce productive professor profit program progress project promise proper proud prove ' +
  'public pupil purpose putting quarter quarterly queen quick quickly quiet quite radio raise range rarely rate ' +
  'rather reach reader ready reason receive recent recently reception recipe recurring reduce region relax release ' +
  'remain remember remove repair repeat replace reply report request rescue respect result return review rich ' +
  'river road rough round route routine royal ruler rural sadly salad salary sales sample saturday scale scene ' +
  'school science score screen season second secret section seems seldom senior sense sentence series serious ' +
  'servant session setting seven several shape share sharp sheet shelf shift shirt shock shoes shopping short ' +
  'should shout shower sight signal silent silly silver simple since single sister sitting skill sleep slightly ' +
  'small smart smile smoke snack social soldier solid solve sorry sound south space spare speak special speech ' +
  'spend spoke sport spring square staff stage stand start state station statement steady steal still stock stone ' +
  'store story straight strange street strength stress strict strong student study stuff stupid style subject ' +
  'success sudden sugar summer sunday supper supply support suppose surely surface surprise sweet swimming table ' +
  'taken taking talent talking taste teacher teaching temple tennis terrible thank theatre theme theory thick thin ' +
  'third thirty thought thousand three throw thursday ticket tidy tight timing tired title today together toilet ' +
  'tomorrow tonight total touch tough tower town track trade traffic train training travel treat trouble truck ' +
  'truly trust truth trying tuesday twelve twenty twice typing typical uncle under understand union unless until upper ' +
  'upset urban usual usually valley value various victim video village visit visitor voice volume voting wages ' +
  'waiting walking wallet warm washing watch water weather website wedding wednesday weekend weekly weight welcome ' +
  'western whatever wheel whether while white whole widely width window winter within without woman women wonder ' +
  'wonderful wooden worker working world worried worry worse worth would write writer writing wrong yellow young ' +
  'yourself youth zero'
).split(' ');
