/**
 * Name material for the demo world of 邵东市 (Shaodong, Hunan). Township names are real; their
 * codes (assigned in order, 430582001 …) and the village/community names are illustrative.
 */

/** Surnames with rough relative frequency; Hunan-flavoured (刘, 李, 曾, 周, 谢, 邓 … are common in 邵东). */
export const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ["刘", 90], ["李", 80], ["王", 60], ["周", 55], ["曾", 50], ["陈", 50], ["谢", 45], ["邓", 42],
  ["罗", 40], ["黄", 38], ["张", 38], ["唐", 35], ["彭", 30], ["杨", 28], ["申", 25], ["贺", 24],
  ["赵", 20], ["吴", 20], ["胡", 20], ["肖", 19], ["宁", 18], ["禹", 16], ["蒋", 16], ["邹", 15],
  ["朱", 15], ["孙", 14], ["龙", 13], ["姜", 12], ["尹", 12], ["许", 12], ["何", 12], ["段", 10],
  ["易", 10], ["袁", 10], ["戴", 9], ["石", 9], ["阳", 8], ["郭", 8], ["马", 8], ["徐", 8],
  ["林", 7], ["钟", 7], ["伍", 7], ["兰", 6], ["范", 6], ["廖", 6], ["夏", 6], ["颜", 5],
  ["欧阳", 4], ["毛", 4], ["雷", 4], ["汤", 4], ["邵", 3], ["付", 3], ["康", 3], ["金", 2],
];

/** Given-name characters; most names use one or two of these. */
export const MALE_GIVEN = [..."伟强军勇杰涛明辉华平斌刚海波鹏飞建国志文俊峰磊超亮浩宇龙林兵东成春德福贵"];
export const FEMALE_GIVEN = [..."芳娟敏静丽艳霞红英玲燕萍婷慧琴梅兰秀珍莉雪晶颖娜琳芬桂凤洁倩云玉春香"];
/** Characters that go with either gender, e.g. the generation character of a two-character given name. */
export const SHARED_GIVEN = [..."小永志海建文新晓金立振利明国长爱佳欣思雨子嘉"];

/** Townships (乡镇/街道) of 邵东市 with illustrative villages (村) or communities (社区). */
export const TOWNSHIPS: ReadonlyArray<{ name: string; villages: readonly string[] }> = [
  { name: "两市塘街道", villages: ["中兴社区", "金龙社区", "红岭社区", "建设社区", "宋家冲社区"] },
  { name: "大禾塘街道", villages: ["福田社区", "城南社区", "同意村", "荷叶塘社区", "长岭村", "合同村"] },
  { name: "宋家塘街道", villages: ["工业街社区", "双凤社区", "金丰村", "罗家冲村"] },
  { name: "周官桥乡", villages: ["周官桥村", "石门村", "新建村", "大坪村"] },
  { name: "灵官殿镇", villages: ["灵官殿村", "白云村", "枫林村", "杨柳村", "乐丰村"] },
  { name: "火厂坪镇", villages: ["火厂坪村", "铁山村", "高桥村", "五星村", "新民村"] },
  { name: "仙槎桥镇", villages: ["仙槎桥村", "五金村", "石桥村", "双桥村", "龙山村", "长塘村"] },
  { name: "魏家桥镇", villages: ["魏家桥村", "荷花村", "新塘村"] },
  { name: "廉桥镇", villages: ["廉桥社区", "药都村", "丰收村", "中药材村", "塘湾村", "桥头村"] },
  { name: "流泽镇", villages: ["流泽村", "清水村", "向阳村", "红星村"] },
  { name: "牛马司镇", villages: ["牛马司社区", "煤矿社区", "马鞍村", "青山村", "大塘村"] },
  { name: "团山镇", villages: ["团山村", "和平村", "茶园村", "金星村"] },
  { name: "砂石镇", villages: ["砂石村", "黄泥村", "龙潭村"] },
  { name: "黑田铺镇", villages: ["黑田铺村", "株木村", "光明村", "联合村"] },
  { name: "杨桥镇", villages: ["杨桥村", "长青村", "新桥村", "凤凰村"] },
  { name: "简家陇镇", villages: ["简家陇村", "东风村", "梅塘村"] },
  { name: "界岭镇", villages: ["界岭村", "双龙村", "松山村", "太平村"] },
  { name: "佘田桥镇", villages: ["佘田桥社区", "佘湖村", "石株村", "新田村", "永兴村"] },
  { name: "野鸡坪镇", villages: ["野鸡坪村", "竹山村", "光辉村"] },
  { name: "斫曹乡", villages: ["斫曹村", "岩泉村", "高峰村", "石坪村"] },
  { name: "水东江镇", villages: ["水东江村", "东江村", "双江村", "新华村"] },
  { name: "九龙岭镇", villages: ["九龙岭村", "龙溪村", "云山村"] },
  { name: "双凤乡", villages: ["双凤村", "凤鸣村", "龙井村", "团结村"] },
  { name: "堡面前乡", villages: ["堡面前村", "胜利村", "桐江村"] },
  { name: "范家山镇", villages: ["范家山村", "红旗村", "民主村", "栗山村"] },
];

/** The auspicious two-character trade names (字号) most local firms pick from. */
export const BRAND_CHARS = [..."宏鑫盛华兴达利源富祥恒泰隆昌顺德发旺金荣诚信安康永新嘉和瑞丰联众创美佳益亨通晟豪"];

/**
 * Business words by industry section (GB/T 4754 letter) → the part of the name before the legal form.
 * 邵东 is known for lighters, hardware, luggage, the 廉桥 Chinese-herb market and trade.
 */
export const BUSINESS_BY_INDUSTRY: Readonly<Record<string, readonly string[]>> = {
  A: ["农业开发", "种植专业合作社", "生态农业", "养殖"],
  B: ["煤业", "石材开采", "矿业"],
  C: ["五金制品", "打火机", "箱包", "皮具", "中药饮片", "制药", "服装", "鞋业", "机械制造", "塑料制品", "包装印刷", "家具", "电器", "模具", "五金工具", "纺织"],
  D: ["电力", "燃气", "供水"],
  E: ["建筑工程", "建设工程", "路桥工程", "装饰工程", "水电安装工程", "市政工程"],
  F: ["商贸", "中药材贸易", "五金批发", "超市", "农资", "医药连锁"],
  G: ["物流", "运输", "快递", "货运代理", "客运"],
  H: ["酒店", "餐饮管理", "宾馆", "农家乐"],
  I: ["网络科技", "信息技术", "电子商务"],
  J: ["小额贷款", "融资担保"],
  K: ["房地产开发", "物业管理", "置业"],
  L: ["人力资源", "劳务", "商务咨询", "广告"],
  M: ["检测", "工程设计", "技术服务"],
  N: ["环保", "园林绿化", "保洁"],
  O: ["家政服务", "汽车维修", "美容美发"],
  P: ["职业培训学校", "幼儿园", "培训"],
  Q: ["医院", "诊所", "养老服务中心"],
  R: ["文化传媒", "体育", "影院"],
  S: ["协会", "商会"],
  T: ["代表处"],
};

/** Legal forms; most are limited companies, a few sole proprietorships and cooperatives. */
export const LEGAL_FORMS: ReadonlyArray<readonly [string, number]> = [["有限公司", 80], ["有限责任公司", 12], ["厂", 5], ["经营部", 3]];

/** Reasons an enrollment stopped (停保原因). */
export const STOP_REASONS = {
  dismissal: "解除劳动合同",
  resignation: "辞职",
  contractEnd: "劳动合同期满终止",
  retirement: "退休",
  employerCancelled: "单位注销",
  transfer: "转移至外地参保",
} as const;

/** Mobile number prefixes (first three digits) of the three carriers. */
export const MOBILE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"];

/** Other Hunan county codes for people born outside 邵东 (邵阳县, 大祥区, 双峰县, 新邵县, 隆回县 …). */
export const OTHER_BIRTH_AREAS: ReadonlyArray<readonly [string, number]> = [
  ["430521", 25], ["430503", 15], ["430502", 10], ["430511", 8], ["430522", 12], ["430524", 10], ["431321", 10], ["430421", 5], ["431382", 5],
];
