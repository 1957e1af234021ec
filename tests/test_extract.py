"""Extraction rule families, as tables: each row a sentence in the language of the reports,
what must be found and what must not."""

from __future__ import annotations

import pytest

from kg.extract import canonical_initiative, canonical_project, extract_text, select_mentions, Candidate


def entities(text: str, region: str | None = None) -> set[tuple[str, str]]:
    mentions, _ = extract_text(text, context={"region": region} if region else None)
    return {(m.type, m.name) for m in mentions}


def relations(text: str, region: str | None = None) -> set[tuple[str, str, str]]:
    _, rels = extract_text(text, context={"region": region} if region else None)
    return {(r.head[1], r.type, r.tail[1]) for r in rels}


def assert_found(text: str, region: str | None, present: set, absent: set) -> None:
    """Every entity and relation of ``present`` is extracted from ``text`` and none of ``absent``."""
    found = entities(text, region) | relations(text, region)
    assert present <= found and not absent & found


@pytest.mark.parametrize(
    "text, region, expected",
    [
        ("金华市金东区全面深化改革", None, {("Region", "金华市"), ("Region", "金东区")}),
        ("永康要推进制造业数字化改造", "金华市", {("Region", "永康市")}),
        ("金東區人民政府發布報告", None, {("Region", "金东区")}),  # traditional script
        ("在坦洪乡第十七届人民代表大会第七次会议上", "武义县", {("Region", "坦洪乡")}),
        ("郭溪、瞿溪、丽岙、仙岩四个街道环境综合整治", "瓯海区", {("Region", "郭溪街道"), ("Region", "瞿溪街道")}),
        ("施家岙、舜皇、华堂、西白山村创成省级未来乡村", "嵊州市", {("Region", "施家岙村"), ("Region", "西白山村")}),
        ("推进履三泉头自然村旧村改造", "履坦镇", {("Region", "履三村"), ("Region", "泉头自然村")}),
        # a county listed after another of its city is read in that city, also outside the report's province
        ("与甘肃省陇南市西和县、礼县开展结对帮扶", "市南区", {("Region", "西和县"), ("Region", "礼县")}),
        ("紧盯沪深苏杭甬,深化招商", "嵊州市", {("Region", "上海市"), ("Region", "深圳市"), ("Region", "宁波市")}),
        ("建设融入长三角的现代立体大通道网络", "浦江县", {("Region", "长三角")}),
        ("新疆阿克苏地区春潮涌动", None, {("Region", "阿克苏地区")}),
        ("广州市天河区加快建设", None, {("Region", "广州市"), ("Region", "天河区")}),  # another province
        ("武汉市江汉区推进改革", "武汉市", {("Region", "江汉区")}),
        # the rows that the split-word and quoted-name rules must leave alone
        ("强化对以上坦、洪村、上周村等为重点的村庄整治", "履坦镇", {("Region", "上坦村"), ("Region", "洪村")}),
        ("小城镇环境综合整治方面,泽雅镇区面貌焕然一新", "瓯海区", {("Region", "泽雅镇")}),
        ("积极谋划“接轨大上海、融入长三角”的开放新格局", "嵊州市", {("Region", "上海市"), ("Region", "长三角")}),
        ("开行“金华—中亚”班列103列", "金华市", {("Region", "金华市")}),
        # before 山区 and before a place's name, 山 names no mountain
        ("西藏山南市与湖南省结对", "湖南省", {("Region", "西藏自治区"), ("Region", "山南市")}),
        ("义乌山区乡镇加快发展", "金华市", {("Region", "义乌市")}),
        ("依托桑耶镇、扎塘镇丰富的文化旅游资源，扎囊至桑耶", "扎囊县", {("Region", "桑耶镇"), ("Region", "扎塘镇")}),  # guard
        ("支持新县、商城县创建全国示范县", "信阳市", {("Region", "新县"), ("Region", "商城县")}),  # guard: 持新 is no word
        # a place that hosts an event is named (a place in the event's own name is not: 绍兴市十运会)
        ("贵州省遵义市在广东省广州市举办2025年招商引资推介会", "遵义市", {("Region", "广东省"), ("Region", "广州市")}),
        ("县政府在深圳市举行纺织服装产业投资洽谈会", "普宁市", {("Region", "深圳市")}),
        # 周 ends an event's name (人才周), but not inside a place's name: 周口市, 林周县
        ("河南省周口市加快发展", "浙江省", {("Region", "河南省"), ("Region", "周口市")}),
        ("用好江苏省苏州市对口支援林周县资源", "林周县", {("Region", "江苏省"), ("Region", "苏州市")}),
        # the township 中心镇 right after its county (was the Project 武胜县中心), or in its county's report
        ("武胜县中心镇建成污水处理厂", "广安市", {("Region", "中心镇")}),
        ("中心镇建成污水处理厂", "武胜县", {("Region", "中心镇")}),
    ],
)
def test_regions_found(text, region, expected):
    assert expected <= entities(text, region)


@pytest.mark.parametrize(
    "text, region, absent",
    [
        ("全市上下共同努力,我区各乡镇和城区", "金华市", {"全市", "我区", "各乡镇", "城区"}),
        ("高标准建设金华江流域两岸彩色林带", "金华市", {"金华市"}),  # 金华江 is a river
        ("泉州湾、麦积山和紫蓬山风光秀丽", "天水市", {"泉州市", "麦积区", "紫蓬镇"}),  # a bay and mountains
        ("加快推进桑耶寺周边环境整治提升工程", "扎囊县", {"桑耶镇"}),  # a temple
        ("成功举办第二十届中国(金华)花卉苗木博览会", "金东区", {"金华市"}),  # an event's name
        ("绍兴市十运会、上海国际建筑水展圆满落幕", "绍兴市", {"绍兴市", "上海市"}),  # guard
        ("成功举办上海·台州周活动", "台州市", {"上海市", "台州市"}),  # guard: 周 after a place ends an event's name
        ("金华一中、金外等教育集团挂牌成立", "金华市", {"金华市"}),  # a school's name
        ("和平发展与合作共赢", None, {"和平区", "合作市"}),  # everyday words, not short forms
        ("新农村建设和美丽乡村", "浦江县", {"新农村", "美丽乡村"}),
        ("乡内七个村3000多人口", "大田乡", {"乡内七个村"}),
        # a village described, not named: 贫困村, 宜居村, 先进村 (after a function word the stem runs over: 由深度贫困村)
        ("由深度贫困村向小康村转变", "毕节市", {"由深度贫困村", "深度贫困村"}),
        ("把空心村建设成美丽宜居村", "毕节市", {"成美丽宜居村", "美丽宜居村"}),
        ("建成美丽宜居村12个、样板村3个", "毕节市", {"美丽宜居村", "宜居村", "样板村"}),
        # a word split by a village name: 示范村 is a title, 城中村 a kind, 农民丰收节 a festival
        ("雅璜村获评全国乡村治理示范村", "武义县", {"范村"}),
        ("推进旧城改造和城中村改造", "庆元县", {"中村"}),
        ("举办中国武义首届农民丰收节", "武义县", {"民丰村"}),
        # a county's or township's name of one character and its suffix, whose character ends an everyday word
        ("支持新县、商城县创建全国示范县", "信阳市", {"范县"}),
        ("北宿镇、唐村镇获评山东省乡村振兴示范镇", "邹城市", {"范镇"}),
        ("涉及七个村的饮用水村网改造5月动工", "大田乡", {"饮用水村"}),
        # a full name whose last character starts a word: 新建区块 is a block, not 南昌市新建区
        ("开发小济洋、元帅公庙等新建区块公共地下空间", "庆元县", {"新建区"}),
        # 新建 (to build) is an everyday word, no short form of 南昌市新建区 (in a report of Jiangxi)
        ("综合能源站项目将新建加油、充电、加氢一体化站点", "东乡区", {"新建区"}),
        # a place inside a quoted brand or model is part of that name
        ("“嵊州香榧”“越乡龙井”入选省名优土特产", "嵊州市", {"嵊州市"}),
        ("坚持发展新时代“枫桥经验”", "诸暨市", {"枫桥镇"}),
        ("深化庆元与安吉“南北余村”结对共建", "庆元县", {"余村", "南北余村"}),
        # a kind of town (four townships of that name elsewhere in the country)
        ("绵竹市汉旺镇入选省级百强中心镇", "德阳市", {"中心镇"}),
        ("建设一批重点中心镇", "南充市", {"中心镇"}),
    ],
)
def test_regions_not_found(text, region, absent):
    names = {n for t, n in entities(text, region) if t == "Region"}
    assert not names & absent


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全面深化“最多跑一次”改革,推进“一窗受理、集成服务”", {"最多跑一次改革", "一窗受理、集成服务"}),
        ("继续实施“光伏倍增”计划", {"光伏倍增计划"}),
        ("深化农村“三权”制度改革", {"三权制度改革"}),
        ("大力实施三个“一号工程”", {"一号工程"}),
        ("实施第三轮学前教育三年行动计划", {"学前教育三年行动计划"}),
        ("扎实推进“三改一拆”治危拆违专项整治行动", {"三改一拆"}),
        ("大力推进厕所、垃圾、污水三大革命", {"厕所革命", "垃圾革命", "污水革命"}),
        # industries listed before one programme each have it; a count of them goes
        ("实施新型显示、低空经济、生物制造产业高质量发展三年行动计划",
         {"新型显示产业高质量发展三年行动计划", "低空经济产业高质量发展三年行动计划", "生物制造产业高质量发展三年行动计划"}),
        ("深入实施装备制造、绿色食品两大产业提升行动", {"装备制造产业提升行动", "绿色食品产业提升行动"}),
        ("构建“1+6+2”行政执法队伍体系", {"1+6+2行政执法队伍体系"}),
        ("实施乡村振兴战略,落实数字经济五年倍增计划", {"乡村振兴战略", "数字经济五年倍增计划"}),
        ("“与杭同城”深入推进", {"与杭同城"}),
        ("5.加快乡村振兴步伐。巩固“双百攻坚”成果", {"乡村振兴", "双百攻坚"}),  # a national programme named bare
        ("确保脱贫攻坚工作取得实效", {"脱贫攻坚"}),
        ("持续推进“放管服”改革", {"放管服改革"}),
        ("咬定打赢“九场硬战”目标", {"九场硬战"}),
        ("深入实施“工业强县、文旅富县、乡村振兴、融义接杭、品质名城”五大战略", {"工业强县、文旅富县、乡村振兴、融义接杭、品质名城"}),
        # national strategies named by their macro-region, with or without 战略; 融入 and 抢抓 open no name
        ("我们深度融入京津冀协同发展战略，抢抓长三角一体化发展战略机遇", {"京津冀协同发展战略", "长三角一体化发展战略"}),
        ("深入实施黄河流域生态保护和高质量发展战略，主动服务长三角一体化发展", {"黄河流域生态保护和高质量发展战略", "长三角一体化发展"}),
        ("全面推行林长制，深化河湖长制，落实田长制", {"林长制", "河湖长制", "田长制"}),  # the chief systems, unquoted
        # building a macro-region or a metropolitan area is a programme
        ("加快融入成渝地区双城经济圈建设，抓住南京都市圈建设机遇", {"成渝地区双城经济圈建设", "南京都市圈建设"}),
        ("将牢牢把握东北全面振兴战略机遇", {"东北全面振兴战略"}),  # 把握 is a word: 握 opens no name
        ("加快健康促进工程，提升全民健康素养", {"健康促进工程"}),  # guard: 健康促进 holds the stop 促进
        # quoted names side by side share the type word after the last one, also after a count
        ("全面实施“强园区”“强链条”“强主体”行动", {"强园区行动", "强链条行动", "强主体行动"}),
        ("统筹推进“十大工业”“十项服务”两个行动计划", {"十大工业行动计划", "十项服务行动计划"}),
    ],
)
def test_initiatives_found(text, expected):
    assert expected <= {n for t, n in entities(text) if t == "Initiative"}


@pytest.mark.parametrize(
    "text, absent",
    [
        ("牢固树立“四个意识”,坚定“四个自信”,做到“两个维护”", {"四个意识", "四个自信", "两个维护"}),
        ("成功创建全国文明城市,荣获“全国十大质量魅力城市”", {"全国文明城市", "全国十大质量魅力城市"}),
        ("用力保障“一医一教”,用情关爱“一老一小”", {"一医一教", "一老一小"}),
        ("深化重点领域改革,推进各项改革", {"重点领域改革", "各项改革"}),
        ("推进5项改革列入省级以上试点", {"5项改革", "以上试点"}),
        ("加快建设生活垃圾分类处置体系和绩效评价机制", {"生活垃圾分类处置体系", "绩效评价机制"}),
        # mottos, drivers and awards named in quotes are no programmes
        ("坚持“走出去”发展理念", {"走出去"}),
        ("强化“创新+人才”驱动", {"创新+人才"}),
        ("争取白玉兰奖、金桂奖、“五个一工程”奖实现新突破", {"五个一工程"}),
        ("全力做好“鼓劲、挖潜、增效”文章", {"鼓劲、挖潜、增效"}),
        # goals written as three clauses are a slogan
        ("实现“路网尽快成型、配套尽快完善、服务尽快提升”", {"路网尽快成型、配套尽快完善、服务尽快提升"}),
        ("围绕“有为政府、高效政府、法治政府、廉洁政府”目标", {"有为政府、高效政府、法治政府、廉洁政府"}),
        # a bare national programme inside a longer name is part of that name
        ("大力推进乡村振兴产业发展示范县建设", {"乡村振兴"}),
        ("被列为民盟中央助力乡村振兴实践基地", {"乡村振兴"}),
        # verbs of following and opening up open no name; a reform office is no reform
        ("顺应新一轮科技革命和产业变革浪潮,呼应国家交通强国战略部署", {"顺应新一轮科技革命", "呼应国家交通强国战略"}),
        ("开创多领域立体联动改革新局面", {"开创多领域立体联动改革"}),
        ("得到市委改革办领导充分肯定", {"得到市委改革", "市委改革"}),
        ("全县将坚持“项目为王、企业至上”，坚持“工业强县、文旅活县”", {"项目为王、企业至上", "工业强县、文旅活县"}),
        ("坚持“项目为王、招商为要”", {"项目为王、招商为要"}),
        # a 工程 restoring an old site or castle builds (a Project), it is no programme
        ("实施古田会议旧址群保护提升工程、窦庄古堡修缮工程", {"会议旧址群保护提升工程", "窦庄古堡修缮工程", "古田会议旧址群保护提升工程"}),
        # a plan's title names a document, not a programme
        ("今年，我们将以《南开区科技创新三年行动方案》为牵引", {"科技创新三年行动", "南开区科技创新三年行动"}),
        ("主动服务京津冀协同发展战略，积极服务国家战略", {"主动服务京津冀协同发展战略", "积极服务国家战略"}),
        ("争取更多项目纳入贵州省重大工程项目库", {"贵州省重大工程", "重大工程"}),  # guard: the province's major works, a kind
    ],
)
def test_initiatives_not_found(text, absent):
    assert not {n for t, n in entities(text) if t == "Initiative"} & absent


@pytest.mark.parametrize(
    "text, region, expected",
    [
        ("推进甬金高速改扩建工程和金义中央大道建设", None, {"甬金高速改扩建工程", "金义中央大道"}),
        ("海亮有色智造工业园一期建成投运", "店口镇", {"海亮有色智造工业园"}),
        ("建成金山大道(二期)、银山路、竹园路、北一路等主干道路", "庆元县", {"金山大道", "银山路", "竹园路"}),
        ("推进杭温高铁二期浦江段工程建设", "浦江县", {"杭温高铁二期浦江段工程"}),
        ("县体育中心、公共文化服务中心完成投资1.5亿元", "庆元县", {"县体育中心", "公共文化服务中心"}),
        ("推进羲之、戴逵艺术中心建设", "嵊州市", {"羲之艺术中心", "戴逵艺术中心"}),
        ("完成隆宫毛竹特色产业园主体工程", "庆元县", {"隆宫毛竹特色产业园"}),
        ("实施坛头村森林人家在建项目", "履坦镇", {"坛头村森林人家"}),
        ("03省道东复线国际珠宝城支线阮市至漓渚段全面通车", "店口镇", {"03省道东复线国际珠宝城支线阮市至漓渚段"}),
        ("创成新能源装备“万亩千亿”新产业平台", "嵊州市", {"新能源装备万亩千亿新产业平台"}),
        # a works word before 工程/项目 stays in the name (it also stops a name: 扩建XX)
        ("加快广州白云国际机场三期扩建工程建设", "广州市", {"广州白云国际机场三期扩建工程"}),
        ("建成投产220千伏濛洲变电站扩建工程", "庆元县", {"220千伏濛洲变电站扩建工程"}),
        ("县人民医院迁建项目前期有序推进", "庆元县", {"县人民医院迁建项目"}),
        ("新建县图书馆，续建县中医院新院区", "泗阳县", {"县图书馆", "县中医院新院区"}),  # 续建 stops a name, as 扩建
        ("推进小庙镇中心学校新建工程和汤池镇中心学校扩建工程建设", "庐江县",
         {"小庙镇中心学校新建工程", "汤池镇中心学校扩建工程"}),  # 新建 after a facility's name, as 扩建
        ("建成大唐2×35万千瓦热电联产项目", "双辽市", {"大唐2×35万千瓦热电联产项目"}),  # units times capacity
        ("配合做好旁多水利枢纽灌区续建配套工程建设", "林周县", {"旁多水利枢纽灌区续建配套工程"}),  # guard
        ("推进龙门石窟景区提档升级工程和白马寺景区提质升级项目", "洛阳市",
         {"龙门石窟景区提档升级工程", "白马寺景区提质升级项目"}),
        ("实施茂名石化炼油转型升级项目", "茂名市", {"茂名石化炼油转型升级项目"}),
        ("全国首个1688电商服务中心落户瓯海", "瓯海区", {"1688电商服务中心"}),  # a brand names it
        ("加快铜材精密制造产业创新服务综合体(赋能中心)建设", "店口镇", {"铜材精密制造产业创新服务综合体"}),
        # 重点 inside a name before a short kind
        ("完成范村省级历史文化保护利用重点村建设工程总量的60%", "履坦镇", {"范村省级历史文化保护利用重点村建设工程"}),
        # a count of something else after the name leaves it a name
        ("中央商务区9幢大楼基本建成", "金华市", {"中央商务区"}),
        # a capacity per year (万吨/年), a numbered provincial road, a ± voltage, a building of a named institution
        ("推进天津南港120万吨/年乙烯项目、40万吨/年高端新材料项目建设", "天津市",
         {"天津南港120万吨/年乙烯项目", "40万吨/年高端新材料项目"}),
        ("依托张家口数据中心集群发展数字经济", "张家口市", {"张家口数据中心集群"}),
        ("商丘保税物流中心（B型）封关运营", "商丘市", {"商丘保税物流中心（B型）"}),
        # a freight station, a port's working area, an industrial district; a word over a stop (将军, 和睦); a place
        # whose name opens with a count's characters (五大连池市)
        ("宿淮铁路宿州西货运站建成，揭阳港惠来沿海港区南海作业区开工，子牙循环经济产业区扩区", "河北省",
         {"宿淮铁路宿州西货运站", "揭阳港惠来沿海港区南海作业区", "子牙循环经济产业区"}),
        ("建设将军山国际滑雪度假区", "阿勒泰地区", {"将军山国际滑雪度假区"}),
        ("五大连池市矿泉水产业园开工", "黑河市", {"五大连池市矿泉水产业园"}),
        ("在陈官庄乡建设200兆瓦/400兆瓦时独立共享储能电站项目，建成100MW/200MWh储能项目", "永城市",
         {"200兆瓦/400兆瓦时独立共享储能电站项目", "100MW/200MWh储能项目"}),
        ("省道209线陇西段完成投资8.6亿元", "定西市", {"省道209线陇西段"}),
        ("加快甘肃至浙江±800千伏特高压直流输电工程建设", "酒泉市", {"甘肃至浙江±800千伏特高压直流输电工程"}),
        ("开工建设县人民医院综合楼、县第三中学教学楼，市妇幼保健院门诊大楼投用", "和田县",
         {"县人民医院综合楼", "县第三中学教学楼", "市妇幼保健院门诊大楼"}),
        ("阿合奇县人民医院传染病楼、元谋县职业高级中学实训楼投入使用", "云南省",
         {"阿合奇县人民医院传染病楼", "元谋县职业高级中学实训楼"}),
        # science cities, industrial cities, (super) factories; irrigation and water diversion works
        ("怀柔科学城、中联智慧产业城加快建设，赛力斯汽车超级工厂建成", "北京市",
         {"怀柔科学城", "中联智慧产业城", "赛力斯汽车超级工厂"}),
        ("开工建设亭子口灌区工程、引江补汉工程", "四川省", {"亭子口灌区工程", "引江补汉工程"}),
        # a place written whole and then its own short form: the place locates the project, whose name begins after it
        ("推进店口镇店口五金产业园扩容提升", "诸暨市", {"店口五金产业园"}),
        ("开工建设东阳市横店镇横店影视文化产业园", "金华市", {"横店影视文化产业园"}),
        # words of the sentence before a name are no part of it
        ("促进大零号湾科技创新策源功能区建设", "闵行区", {"大零号湾科技创新策源功能区"}),
        ("随着金华高新技术产业开发区扩区获批，一季度金华经济技术开发区新引进项目12个", "金华市",
         {"金华高新技术产业开发区", "金华经济技术开发区"}),
        ("用好金华高新技术产业开发区政策，设立浙中数字经济创新中心", "金华市", {"金华高新技术产业开发区", "浙中数字经济创新中心"}),
        ("金东区与义乌市合作建设金义科创产业园", "金华市", {"金义科创产业园"}),
        ("副市长张华出席柯城区与浙江恒鸣化纤有限公司举行的差别化纤维项目签约仪式", "衢州市", {"差别化纤维项目"}),
        # a works word holding a stop (升级, 扩容) stays in the name; 扩容 before a name is a verb
        ("陕西延长石油（集团）有限责任公司投资建设的50万吨/年煤制烯烃升级改造项目建成投产", "榆林市",
         {"50万吨/年煤制烯烃升级改造项目"}),
        ("推进金华铁路枢纽扩容改造工程金东段建设", "金华市", {"金华铁路枢纽扩容改造工程金东段"}),  # guard
        ("扩容克拉玛依先进计算中心", "克拉玛依市", {"克拉玛依先进计算中心"}),
        # a hospital's campus stays in its name
        ("亳州市人民医院南区、亳州学院新校区建成投用", "亳州市", {"亳州市人民医院南区", "亳州学院新校区"}),
        ("商丘市第一人民医院新区医院建成", "商丘市", {"商丘市第一人民医院新区医院"}),
        # so do its new site, a building of it, and a school's branch in another place
        ("市人民医院新院开诊，区中医医院新址开工", "岳阳市", {"市人民医院新院", "区中医医院新址"}),
        ("普洱市民族中学科创楼、宝丰乡中心卫生院业务用房投入使用", "普洱市",
         {"普洱市民族中学科创楼", "宝丰乡中心卫生院业务用房"}),
        ("全面完成镇海中学嵊州分校建设", "嵊州市", {"镇海中学嵊州分校"}),
        ("房山区图书馆新馆投入使用", "房山区", {"房山区图书馆新馆"}),
        # a park that takes in industries moving out (承接园)
        ("推进首府产业转移承接园建设，资江产业转移承接园新入驻企业12家", "卓资县", {"首府产业转移承接园", "资江产业转移承接园"}),
        ("县人民医院新院长到任，城南小学楼顶光伏并网", "浦江县", {"县人民医院", "城南小学"}),  # guard
        # a 工程 of a tourist area, terraces or a former residence is built, not a programme
        ("开工建设芒砀山汉文化旅游区提升工程", "永城市", {"芒砀山汉文化旅游区提升工程"}),
        ("实施新化县水车镇紫鹊界梯田保护提升工程", "娄底市", {"新化县水车镇紫鹊界梯田保护提升工程"}),
        ("推进县第一中学校区扩建", "浦江县", {"县第一中学校区"}),  # guard: 一中 and 学校 are words, 中学 still ends a name
        # a road's section from A to B opens where A does, after the verb
        ("推进仙居至庆元公路庆元段建设", "庆元县", {"仙居至庆元公路庆元段"}),
        ("完成庆元大桥至洋心桥段改造", "庆元县", {"庆元大桥至洋心桥段"}),
        ("加快以色列产业园建设", "常州市", {"以色列产业园"}),  # 以 is dropped before a name, not from 以色列
        ("推进即墨经济开发区建设", "青岛市", {"即墨经济开发区"}),  # guard: 即 opens no name, 即墨 does
        ("建成义东高速曹宅互通、绕城高速红线互通", "金华市", {"义东高速曹宅互通"}),  # guard: 互通 is an interchange
        ("亚龙湾旅游区、大东海旅游区提质升级，韩江北堤景观带建成", "三亚市", {"亚龙湾旅游区", "大东海旅游区", "韩江北堤景观带"}),
        # a facility that another is built around ends before 建设 (依托…机场建设…)
        ("华塘镇依托郴州北湖机场建设北湖临空物流园", "北湖区", {"郴州北湖机场", "北湖临空物流园"}),
        ("鄂州花湖机场建设工程全面完工", "鄂州市", {"鄂州花湖机场建设工程"}),  # guard
        ("实施古田会议旧址群保护提升工程、窦庄古堡修缮工程", "上杭县", {"古田会议旧址群保护提升工程", "窦庄古堡修缮工程"}),
        # temples, ancestral halls, repairs of a building, sewer separation and burying a road are built too
        ("推进桑耶寺周边环境整治提升工程、孟府孟庙保护展示工程", "山南市", {"桑耶寺周边环境整治提升工程", "孟府孟庙保护展示工程"}),
        ("实施满堂客家大围保护修缮工程", "韶关市", {"满堂客家大围保护修缮工程"}),
        ("加快建设古槐新区雨污分流工程", "洪洞县", {"古槐新区雨污分流工程"}),
        ("东六环入地改造工程主线贯通", "北京市", {"东六环入地改造工程"}),
        # a county's or city's industrial cluster zone is named after it (Henan's 产业集聚区)
        ("长葛市产业集聚区、禹州市产业集聚区被评为二星级", "许昌市", {"长葛市产业集聚区", "禹州市产业集聚区"}),
        ("各莫乡卫生院建成投用", "阿坝藏族羌族自治州", {"各莫乡卫生院"}),  # guard: 各莫乡 is one township
        # a hospital's ward block or rehabilitation building
        ("加快建设洪洞县人民医院住院部，县中医院康复楼投入使用", "洪洞县", {"洪洞县人民医院住院部", "县中医院康复楼"}),
        # wind farms, innovation parks, duty-free and financial cities, pilot zones, water works, infectious wards
        ("华能澜沧江公司投资建设的昙华山风电场首批风机并网发电", "楚雄彝族自治州", {"昙华山风电场"}),
        ("东方航空投资建设的虹桥航空产业创新园开园运营", "上海市", {"虹桥航空产业创新园"}),
        ("加快中免集团投资建设的三亚国际免税城二期", "三亚市", {"三亚国际免税城"}),
        ("西岸金融城加快建设", "上海市", {"西岸金融城"}),
        ("县第二水厂投入运营，县人民医院传染病区建成", "霍邱县", {"县第二水厂", "县人民医院传染病区"}),
    ],
)
def test_projects_found(text, region, expected):
    assert expected <= {n for t, n in entities(text, region) if t == "Project"}


@pytest.mark.parametrize(
    "text, absent",
    [
        ("加快推进重大项目、在建项目和安置房建设", {"重大项目", "在建项目", "安置房"}),
        # each county's or township's facility of a kind
        ("推动各县（市、区）产业集聚区提质发展，各乡镇污水处理厂全部建成", {"各县（市、区）产业集聚区", "各乡镇污水处理厂"}),
        ("推动各县工业园区提质发展", {"各县工业园区"}),
        ("争取更多项目纳入贵州省重大工程项目库", {"贵州省重大工程项目", "重大工程项目"}),  # a bank of projects
        # roads of a kind, newly built or rebuilt, in a township or across counties and townships
        ("舟塔乡、白马乡、恩和镇新改建农村公路86公里", {"恩和镇新改建农村公路", "新改建农村公路", "农村公路"}),
        ("新改建县乡公路120公里", {"县乡公路", "新改建县乡公路"}),
        # the largest of a kind, described rather than named
        ("是宁夏今年开工的最大乳制品项目", {"最大乳制品项目", "乳制品项目"}),
        ("将成为全国最大的皮革时尚设计中心", {"皮革时尚设计中心"}),
        # a regional hub is what a city means to become; every township has a service centre
        ("加快建设区域性交通枢纽，区域性综合交通枢纽加速成型", {"区域性交通枢纽", "区域性综合交通枢纽"}),
        ("江油关镇、响岩镇完成便民服务中心标准化建设", {"便民服务中心"}),
        ("马鞍镇、老观镇建设省级百强中心镇", {"百强中心", "省级百强中心"}),
        ("东阳要建设影视文化集聚区", {"影视文化集聚区"}),  # guard: a kind of zone, named by no place
        ("全年招引亿元以上项目50个,其中10亿元以上项目15个", {"亿元以上项目", "10亿元以上项目"}),
        ("完成13条农村公路大中修", {"13条农村公路", "农村公路"}),
        ("完成重点村建设工程", {"重点村建设工程", "村建设工程"}),
        ("建成全省首个水稻博物馆", {"水稻博物馆"}),  # the first of a kind, described
        ("全市首条高架公路萧山至磐安公路通车", {"高架公路"}),
        ("铜材精密制造产业创新服务综合体(赋能中心)开工建设", {"赋能中心"}),  # a bracketed alias
        ("创成巾子峰4A级旅游景区", {"巾子峰4A级旅游景区"}),
        # a national or provincial title being sought is no zone being built
        ("积极创建国家全域旅游示范区，全力争创国家生态文明建设示范区", {"国家全域旅游示范区", "国家生态文明建设示范区"}),
        ("实施市级重点技改项目300项以上", {"技改项目", "重点技改项目"}),
        ("理清发展思路,走出一条新路", {"发展思路", "新路"}),
        # a counted kind of facility, not a named one
        ("建成高标准区域农机综合服务中心1个、高质量农艺农机融合示范基地3个", {"区域农机综合服务中心", "农艺农机融合示范基地"}),
        ("实施100个强链补链延链项目", {"强链补链延链项目"}),
        ("争取新增1~2家三甲综合性医院", {"三甲综合性医院"}),
        ("完成老旧小区改造13个、美丽社区项目21个", {"美丽社区项目"}),
        ("新建口袋公园30个以上", {"口袋公园"}),
        ("建成夯土一条巷+公园", {"巷+公园"}),
        # a building that names no institution
        ("建成急诊综合楼和四期大楼", {"急诊综合楼", "四期大楼"}),
        ("新建住院部一栋，改造康复楼", {"住院部", "康复楼"}),  # guard
        ("推动企业建设智能工厂和数字化车间，新增省级未来工厂3家", {"智能工厂", "未来工厂"}),  # kinds of factory
        ("加快嘉善县嘉善经济开发区建设", {"嘉善县嘉善经济开发区"}),  # 嘉善经济开发区, in 嘉善县
        # a type word that ends one word and opens the next (提高|中心, 集中|学习) is no type word there
        ("不断提高中心城区综合承载能力", {"不断提高中", "提高中"}),
        ("切实提高中小企业融资便利度", {"切实提高中", "提高中"}),
        ("全县干部集中学习贯彻会议精神", {"干部集中学", "集中学"}),
        ("加大宣传力度和涉黑涉恶线索摸排", {"涉黑涉恶线"}),  # a one-character type word opening a word (线索)
        ("四线:即历史文化街区和历史建筑保护范围线", {"即历史文化街区"}),  # 即 (that is) opens no name
        ("“四线”即历史文化街区和历史建筑保护范围线", {"四线即历史文化街区"}),
        # kinds of hospital, park, reservoir and school (a grade, an owner, a size)
        ("引进高端医院，推动公立医院综合改革", {"高端医院", "公立医院"}),
        ("完成小型水库和病险水库除险加固", {"小型水库", "病险水库"}),
        ("推进普通高中扩容，新建口袋公园", {"普通高中", "口袋公园"}),
        # a type word inside an everyday word: 互联互通 (interconnection), 线虫 (nematode), 电线 (wire)
        ("加快交界地区基础设施互联互通，构建快速互联互通网络", {"基础设施互联互通", "快速互联互通", "互联互通"}),
        ("积极做好松材线虫病防控工作", {"松材线"}),
        ("安装漏电保护器20000户、改造室内电线2000户", {"室内电线"}),
        ("启动市区铁路“客内货外”改造", {"市区铁路"}),  # the city's railways, not one line
        ("推动产销对接、订单互通、航线互通", {"订单互通", "航线互通"}),  # 互通: exchanged, no interchange
        # guard: standard workshops in a zone are no name of their own (the zone is)
        ("双辽经济开发区新建标准化厂房8万平方米", {"双辽经济开发区新建标准化厂房", "新建标准化厂房"}),
        # guard: a works word after a kind, not a facility's name (小庙镇中心学校新建工程)
        ("全年实施重点新建项目32个、工业续建项目18个", {"重点新建项目", "工业续建项目"}),
    ],
)
def test_projects_not_found(text, absent):
    assert not {n for t, n in entities(text) if t == "Project"} & absent


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        ("重点紧盯三思光电、杭机股份、苏州赛伍、百川导体等新兴产业领域的龙头骨干企业",
         {"三思光电", "杭机股份", "苏州赛伍", "百川导体"}, set()),
        ("宁波保税区重点外资企业庆达西(宁波)钢构制造有限公司增资扩产", {"庆达西(宁波)钢构制造有限公司"}, set()),
        ("整合城发公司、水发公司、旅发公司等国企资源", {"城发公司", "水发公司", "旅发公司"}, set()),
        ("组建文旅集团", {"文旅集团"}, {"组建文旅集团"}),
        ("城乡居民基本养老保险制度", set(), {"城乡居民基本养老保险"}),
        ("金华一中、金外、浙师大附中等教育集团挂牌成立", set(), {"金华一中", "金外", "义务教育集团"}),
        ("深化五金城集团股份制改造", {"五金城集团"}, {"五金城集团股份"}),  # 股份制 is a form of ownership
        ("对标世界银行营商环境标准", set(), {"标世界银行"}),
        ("近年来先后引进华能、大唐等一批能源央企", {"华能", "大唐"}, set()),  # 央企: state-owned groups
        # well-known firms by their short names, with no cue around them; not where a name straddles two words
        ("上汽大众、广汽三菱实现产销两旺，中国石化在涪陵页岩气田新建产能10亿立方米", {"上汽大众", "广汽三菱", "中国石化"}, set()),
        ("全国投资增长5%，集中粮食收购", set(), {"国投", "中粮"}),
        # a brand that opens with 和 after a province's short form: one firm (a full name before 和 is a partner)
        ("湖南和泰鸭业食品有限公司投资的鸭类食品精深加工项目二期建成投产",
         {"湖南和泰鸭业食品有限公司"}, {"泰鸭业食品有限公司"}),
        ("与上海和天津港集团有限公司签约", {"天津港集团有限公司"}, {"上海和天津港集团有限公司"}),  # guard
        # works invest too (完成…改造投资1.3亿元): no firm's short name
        ("保城镇、什玲镇完成城镇污水管网改造投资1.3亿元", set(), {"城镇污水管网改造"}),
    ],
)
def test_enterprises(text, expected, absent):
    found = {n for t, n in entities(text) if t == "Enterprise"}
    assert expected <= found and not found & absent


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        ("永康市人民政府市长朱志杰各位代表", {"朱志杰"}, set()),
        ("    市长 潘超英\n\n各位代表", {"潘超英"}, set()),
        ("省长袁家军在省委经济工作会议上给予了高度肯定", {"袁家军"}, set()),
        ("傅全香、郑午昌诞辰等纪念活动顺利举办", {"傅全香", "郑午昌"}, set()),
        ("相关负责同志表示，项目进展顺利", set(), {"关负责"}),
        # a surname character bound to the word before it (全国) or a name ending in 的 is none
        ("李玉院士专家工作站获评“全国示范院士专家工作站”", {"李玉"}, {"国示范"}),
        ("谨向奋战在抗“疫”战线的同志们致以崇高的敬意", set(), {"战线的"}),
        ("贯彻习近平总书记重要讲话精神", {"习近平"}, set()),
        ("开通市长热线,市长信箱办结率100%", set(), {"市长热线", "热线"}),
        # Mongolian and Tibetan names written without a dot: four or five characters where the text says the name ends
        ("苏尼特左旗旗长乌力吉巴图致辞，旗委书记张建华主持", {"乌力吉巴图", "张建华"}, {"乌力吉巴", "乌力吉"}),
        ("贡觉县人民政府县长 扎西多吉\n各位代表：", {"扎西多吉"}, set()),
        ("那曲市人民政府市长 布琼\n各位代表：", {"布琼"}, set()),
        # a post after the first name, a post being taken, a hotline: no long names
        ("区委书记王颖、区长李洪出席", {"王颖", "李洪"}, {"区长李洪"}),
        ("成立由县委书记、县长任双组长的领导小组", set(), {"任双组长"}),
        ("市长办公会议研究通过", set(), {"办公会议"}),
        # names listed under one title
        ("副市长李明、陈小红出席开工仪式", {"李明", "陈小红"}, set()),
        # posts of firms, banks and schools
        ("远景科技集团董事长助理李刚介绍，项目达产后年产值50亿元", {"李刚"}, set()),
        ("工商银行省分行行长周明表示", {"周明"}, set()),
        # names whose first character is no listed surname, where a title stands as one and punctuation ends them
        ("山南市委书记格桑，市长次旦朗杰，出席会议", {"格桑", "次旦朗杰"}, set()),
        ("城市长远发展，全县长期坚持", set(), {"远发展", "期坚持"}),
        # what follows a name in news: 率, 推介, 先后; a dotted name before a verb; a prefecture's commissioner
        ("市委书记王立军、市长刘建华率代表团赴深圳考察", {"王立军", "刘建华"}, set()),
        ("州委书记杨宏伟推介投资环境，他先后走访企业", {"杨宏伟"}, set()),
        ("行署副专员古丽米拉·买买提介绍，上半年经济稳中有进", {"古丽米拉·买买提"}, {"古丽米拉·买买提介绍"}),
    ],
)
def test_persons(text, expected, absent):
    found = {n for t, n in entities(text) if t == "Person"}
    assert expected <= found and not found & absent


@pytest.mark.parametrize(
    "text, region, expected",
    [
        ("金华市金东区", None, ("金东区", "partOf", "金华市")),
        ("武义县坦洪乡", None, ("坦洪乡", "partOf", "武义县")),
        ("规划建设义乌苏溪综合枢纽站", "金华市", ("义乌苏溪综合枢纽站", "locatedIn", "义乌市")),
        ("规划建设义乌苏溪综合枢纽站", "金华市", ("苏溪镇", "partOf", "义乌市")),
        ("推进龙游高坪桥水库等项目建设", "衢州市", ("龙游高坪桥水库", "locatedIn", "龙游县")),
        ("开工建设东阳市横店镇横店影视文化产业园", "金华市", ("横店影视文化产业园", "locatedIn", "横店镇")),
        ("2019年2月,宁波保税区重点外资企业庆达西(宁波)钢构制造有限公司增资扩产项目开工", "宁波保税区",
         ("庆达西(宁波)钢构制造有限公司", "locatedIn", "宁波保税区")),
        ("2019年2月,宁波保税区重点外资企业庆达西(宁波)钢构制造有限公司增资扩产项目开工", "宁波保税区",
         ("庆达西(宁波)钢构制造有限公司", "investsIn", "庆达西(宁波)钢构制造有限公司增资扩产项目")),
        ("浙江省对口支援阿克苏地区", None, ("浙江省", "cooperatesWith", "阿克苏地区")),
        ("“与杭同城”深入推进", "店口镇", ("店口镇", "cooperatesWith", "杭州市")),
        ("永康市人民政府市长朱志杰各位代表", "永康市", ("朱志杰", "holdsPost", "永康市")),
        # 吉林 before a name: the city in that city's reports, the province elsewhere
        ("集中开工仪式在吉林经济技术开发区举行", "吉林市", ("吉林经济技术开发区", "locatedIn", "吉林市")),
        ("吉林化纤集团有限责任公司投资建设碳纤维项目", "长春市", ("吉林化纤集团有限责任公司", "locatedIn", "吉林省")),
        # a report's head of government written with the level alone, and a new area's party working committee
        ("州人民政府州长 陈国强\n各位代表：", "黔南布依族苗族自治州", ("陈国强", "holdsPost", "黔南布依族苗族自治州")),
        ("自治区主席 王莉霞\n各位代表：", "内蒙古自治区", ("王莉霞", "holdsPost", "内蒙古自治区")),
        ("两江新区党工委委员、管委会副主任张立新介绍", "重庆市", ("张立新", "holdsPost", "两江新区")),
        # the regions listed after a region's part are its parts too, of the same kind
        ("深化与上海市徐汇区、闵行区结对合作", "遵义市", ("闵行区", "partOf", "上海市")),
        ("与浙江省湖州市安吉县、嘉兴市海盐县合作共建", "黄山市", ("嘉兴市", "partOf", "浙江省")),
        ("武义县坦洪乡、大田乡列入试点", "金华市", ("大田乡", "partOf", "武义县")),
        # a village written after its township lies in it: also where the data's village of that name is another
        # township's (幸福村 of 禾加镇), or where the data lacks it there and its name is everyday words (安家 沟)
        ("丹棱县顺龙乡幸福村入选省级乡村振兴示范点", "眉山市", ("幸福村", "partOf", "顺龙乡")),
        ("凤翔镇安家沟村完成美丽乡村示范村建设", "定西市", ("安家沟村", "partOf", "凤翔镇")),
        ("大通县东峡镇下治泉村获评全国乡村治理示范村", "西宁市", ("下治泉村", "partOf", "东峡镇")),
        # an autonomous county by its short form and suffix, in a report of another province
        ("深化东西部协作，援建彭水县第三中学", "临沂市", ("彭水县第三中学", "locatedIn", "彭水苗族土家族自治县")),
        ("推进义乌山海协作产业园建设", "金华市", ("义乌山海协作产业园", "locatedIn", "义乌市")),  # guard: 山海协作
    ],
)
def test_relations_found(text, region, expected):
    assert expected in relations(text, region)


@pytest.mark.parametrize(
    "text, region, absent",
    [
        ("加快合肥至温州高速(桐庐至义乌段)建设", "浦江县", ("合肥至温州高速(桐庐至义乌段)", "locatedIn", "温州市")),
        ("开工建设贵阳经金沙至古蔺高速公路", "遵义市", ("贵阳经金沙至古蔺高速公路", "locatedIn", "贵阳市")),
        ("开工建设贵阳经金沙至古蔺高速公路", "遵义市", ("贵阳经金沙至古蔺高速公路", "locatedIn", "金沙县")),
        ("启动浙江大学工程师学院衢州分院建设", "衢州市", ("浙江大学工程师学院衢州分院", "locatedIn", "浙江省")),
        ("省长袁家军在省委经济工作会议上", "永康市", ("袁家军", "holdsPost", "永康市")),
        ("金华市、温州市", None, ("温州市", "partOf", "金华市")),
        ("加快泉州湾跨海大桥建设", "晋江市", ("泉州湾跨海大桥", "locatedIn", "泉州市")),  # a bay
        ("实施麦积山大景区提升工程", "天水市", ("麦积山大景区提升工程", "locatedIn", "麦积区")),  # a mountain
        # a chairman of an autonomous region's political consultative conference; a park's working committee
        ("自治区政协主席崔波出席", "宁夏回族自治区", ("崔波", "holdsPost", "宁夏回族自治区")),
        ("园区党工委书记张建华出席", "苏州工业园区", ("张建华", "holdsPost", "苏州工业园区")),
        # a list that goes on in another region: 金海湖镇 is 平谷区's, 华屋村 长冈乡's
        ("海淀区上地街道、平谷区金海湖镇老旧小区改造开工", "北京市", ("金海湖镇", "partOf", "海淀区")),
        # (华屋村: a village the division data lacks)
        ("于都县梓山镇潭头村、兴国县长冈乡华屋村入选", "赣州市", ("华屋村", "partOf", "梓山镇")),
        ("德清县莫干山镇仙潭村、安吉县天荒坪镇入选", "湖州市", ("安吉县", "partOf", "德清县")),
        ("迁西县东荒峪镇所辖村集体经济收入全部超过20万元", "唐山市", ("所辖村", "partOf", "东荒峪镇")),  # guard
        # a cooperation word inside a park's name pairs no region with the park's site
        ("我区与丽水市庆元县共建的龙庆山海协作产业园落户瑶溪街道", "龙湾区", ("庆元县", "cooperatesWith", "瑶溪街道")),
        # the places after a cooperation word say where a team is from: the team pairs, not its places
        ("成为与我县结对的四川南充嘉崚团队定点学习参观基地", "大田乡", ("南充市", "cooperatesWith", "大田乡")),
        ("与结对帮扶的宁波市鄞州区教育集团开展交流", "丹寨县", ("丹寨县", "cooperatesWith", "鄞州区")),
    ],
)
def test_relations_not_found(text, region, absent):
    assert absent not in relations(text, region)


def test_offsets_and_surfaces_index_the_original_text():
    text = "金東區推進“千萬工程”,建設金義中央大道。"
    mentions, _ = extract_text(text, context={"region": "金东区"})
    assert mentions
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert m.sentence and m.text in m.sentence
    assert ("Initiative", "千万工程") in {(m.type, m.name) for m in mentions}


def test_selection_longest_wins_and_spans_never_overlap():
    cands = [
        Candidate(0, 3, "Region", "永康市", 1),
        Candidate(0, 9, "Project", "永康市人民医院迁建工程", 5),
        Candidate(3, 7, "Project", "人民医院", 5),
        Candidate(10, 12, "Region", "金华市", 1),
    ]
    kept = select_mentions(cands)
    assert [(c.start, c.end) for c in kept] == [(0, 9), (10, 12)]


@pytest.mark.parametrize(
    "surface, canonical",
    [("“最多跑一次”改革", "最多跑一次改革"), ("“八八战略”", "八八战略"), ("“光伏倍增”计划", "光伏倍增计划")],
)
def test_canonical_initiative(surface, canonical):
    assert canonical_initiative(surface) == canonical


@pytest.mark.parametrize(
    "surface, canonical",
    [
        ("友地金属智造产业园一期项目", "友地金属智造产业园"),
        ("西北部山区农村供水主体工程", "西北部山区农村供水工程"),
        ("坛头村森林人家在建项目", "坛头村森林人家"),
        ("“蔬果香堤”风貌带", "蔬果香堤风貌带"),
        ("杭温高铁二期浦江段工程", "杭温高铁二期浦江段工程"),  # a section qualifier stays
        # a trailing phase goes and the type word after it stays
        ("大尺寸单晶硅片二期项目", "大尺寸单晶硅片项目"),
        ("四川时代动力电池项目七至十期", "四川时代动力电池项目"),
        ("人民医院二期", "人民医院"),
        # a phase's own 工程 keeps it: the name of those works (as the read sets annotate, 14 of 18)
        ("330国道改建一期工程", "330国道改建一期工程"),
        ("岩头镇农居点二期主体工程", "岩头镇农居点二期工程"),  # 主体工程 is 工程
        ("人民医院二期工程", "人民医院二期工程"),
        ("滨海污水处理厂三期工程", "滨海污水处理厂三期工程"),
        ("救助管理站主体工程", "救助管理站"),
        ("年产100万吨乙烯项目二期工程", "年产100万吨乙烯项目"),  # so is a project's
        ("三期项目", ""),  # a phase alone names no project
        ("二期工程", ""),  # nor do a phase's works alone
        ("向家坝灌区工程", "向家坝灌区工程"),  # without a phase or 主体, 工程 is the name's own
    ],
)
def test_canonical_project(surface, canonical):
    assert canonical_project(surface) == canonical


# A 、-list closed by 等 is named by the kind after it: the kind's last word gives the items' type.
@pytest.mark.parametrize(
    "text, region, expected",
    [
        ("加快推进金岭村省级坡地村庄建设、渔村旧村改造等项目", "店口镇",
         {("Project", "金岭村省级坡地村庄建设"), ("Project", "渔村旧村改造")}),
        ("金义二小等5所学校建成投用", "金东区", {("Project", "金义二小")}),
        ("金华江二期等重大水利项目开工建设", "金东区", {("Project", "金华江")}),
        ("精致打造艺宿西川、浪漫月山、贤良最慢小镇等景区景点", "庆元县",
         {("Project", "艺宿西川"), ("Project", "浪漫月山"), ("Project", "贤良最慢小镇")}),
        ("深化“西白忘忧、卮山仙踪、鹿门访友”等美丽乡村风景线建设", "嵊州市",
         {("Project", "西白忘忧"), ("Project", "卮山仙踪"), ("Project", "鹿门访友")}),
        ("基本完成梓上等7个精品村建设", "瓯海区", {("Region", "梓上村")}),
        ("实现汤山等自然村农村饮用水达标提质", "店口镇", {("Region", "汤山自然村")}),
        ("农民资产授托代管融资等5项改革列入省级以上试点", "瓯海区", {("Initiative", "农民资产授托代管融资")}),
        # another province, the same language
        ("加快光谷科技创新大走廊、长江新区起步区等重大项目建设", "武汉市",
         {("Project", "光谷科技创新大走廊"), ("Project", "长江新区起步区")}),
    ],
)
def test_lists_named_by_their_kind(text, region, expected):
    assert expected <= entities(text, region)


@pytest.mark.parametrize(
    "text, region, absent",
    [
        # items that are fields, sectors or places, not names of the kind
        ("深化土地、金融、用能、排放等资源要素配置改革", "永康市", {("Initiative", "用能"), ("Initiative", "排放")}),
        ("推进城市、交通、水利、旅游、能源等基础设施项目建设", "浦江县", {("Project", "城市"), ("Project", "交通")}),
        ("推进杭州、宁波等城市合作项目", "嵊州市", {("Project", "杭州"), ("Project", "宁波")}),
        ("积极引入高等学校、科研院所等创新资源", "金东区", {("Project", "引入高")}),
        ("深入实施八八战略等十大工程", "金华市", {("Project", "八八战略")}),
        ("用好教育、医疗等民生项目资金", "武汉市", {("Project", "教育"), ("Project", "医疗")}),
    ],
)
def test_lists_not_named_by_their_kind(text, region, absent):
    assert not entities(text, region) & absent


# Reports of other provinces: the rules are about the language, not the seeds.
@pytest.mark.parametrize(
    "text, region, kind, expected",
    [
        ("比亚迪、华为等龙头企业加大投资", "广东省", "entity", ("Enterprise", "华为")),
        ("推进粤港澳大湾区建设,深中通道建成通车", "广东省", "entity", ("Initiative", "粤港澳大湾区建设")),
        ("深化京津冀协同发展,与北京市、天津市签署合作协议", "河北省", "relation", ("北京市", "cooperatesWith", "河北省")),
        ("与襄阳市、宜昌市结对共建", "江汉区", "relation", ("江汉区", "cooperatesWith", "襄阳市")),
        ("与我县结对的杭州市萧山区来我乡考察", "大田乡", "relation", ("大田乡", "cooperatesWith", "萧山区")),  # guard
        ("河北钢铁集团有限公司投资建设唐山曹妃甸钢铁基地项目", "河北省", "relation",
         ("河北钢铁集团有限公司", "investsIn", "唐山曹妃甸钢铁基地项目")),
        ("石家庄市长安区推进老旧小区改造", "河北省", "relation", ("长安区", "partOf", "石家庄市")),
    ],
)
def test_other_provinces(text, region, kind, expected):
    found = entities(text, region) if kind == "entity" else relations(text, region)
    assert expected in found


@pytest.mark.parametrize(
    "text, region, absent",
    [
        ("推进粤港澳大湾区建设,横琴建设取得新进展", "广东省", ("Region", "建设街道")),  # a township named 建设
        ("雄安新区建设全面提速", "河北省", ("雄安新区", "locatedIn", "安新县")),  # 安新 across a word boundary
        ("推动广州、深圳与粤东粤西粤北地区对口帮扶", "广东省", ("广州市", "cooperatesWith", "深圳市")),
        ("深化京津冀协同发展", "河北省", ("京津冀", "cooperatesWith", "北京市")),
    ],
)
def test_other_provinces_not(text, region, absent):
    found = entities(text, region) | relations(text, region)
    assert absent not in found


@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("与吉林四平对口合作深入开展", "永康市", ("四平市", "cooperatesWith", "永康市"), ("吉林省", "cooperatesWith", "四平市")),
        ("建立“一中心、四平台、一网格”县域社会治理新模式", "浦江县", None, ("Region", "四平市")),
        # a short form that opens an everyday word is no place (长治久安: 长治市)
        ("牢牢扭住社会稳定和长治久安总目标", "尼勒克县", None, ("Region", "长治市")),
        ("建成大理石精深加工产业园", "南安市", None, ("Region", "大理白族自治州")),  # guard
        ("与山西长治深化产业合作", "青岛市", ("Region", "长治市"), None),  # guard
        ("注册成立俞源乡投资发展有限公司", "俞源乡", ("Enterprise", "俞源乡投资发展有限公司"), ("Enterprise", "发展有限公司")),
        ("辖区内16家银行、三家文创公司", "瓯海区", None, ("Enterprise", "16家银行")),
        ("扶持壮大花卉、杨梅、瓯柑等农业龙头企业", "瓯海区", None, ("Enterprise", "杨梅")),
        # so is one of the links of a chain (配套, 下游): what such firms make
        ("重点引进光伏玻璃、电池片等配套企业", "灵武市", None, ("Enterprise", "电池片")),
        ("加快引进负极材料、石墨烯等下游企业", "城子河区", None, ("Enterprise", "石墨烯")),
        ("引进比亚迪、宁德时代等龙头企业", "城子河区", ("Enterprise", "比亚迪"), None),  # guard
        # 以…为 frames a list of firms: 以 opens no name (以岭药业 keeps it)
        ("以史丹利、金正大等龙头企业为引领", "临沭县", ("Enterprise", "史丹利"), ("Enterprise", "以史丹利")),
        ("支持以岭药业、神威药业等龙头企业做大做强", "石家庄市", ("Enterprise", "以岭药业"), None),  # guard
        # …so does it a project or an initiative, with what stands before 以 (东西方向以瓯海大道为主轴: 瓯海大道)
        ("“两轴”即东西方向以瓯海大道为主轴", "瓯海区", ("Project", "瓯海大道"), ("Project", "东西方向以瓯海大道")),
        ("全县上下以乡村振兴战略为总抓手", "临沭县", ("Initiative", "乡村振兴战略"), ("Initiative", "上下以乡村振兴战略")),
        ("推进以竹代塑产业园建设", "建瓯市", ("Project", "以竹代塑产业园"), ("Project", "竹代塑产业园")),  # 以 of a word
        ("城区以东片区为重点", "瓯海区", None, ("Project", "东片区")),  # guard: 以东 is a direction
        # every one of a kind is no name (每个小镇突出一个主题功能)
        ("每个小镇突出一个主题功能", "瓯海区", None, ("Project", "每个小镇")),
        ("每座产业园配建一个服务中心", "瓯海区", None, ("Project", "每座产业园")),
        # 拓宽 and 保持 stop a name's left context (拓宽 stays in a works' name, 保持 in 水土保持)
        ("拓宽瓦窑头进村公路2500米", "开化县", ("Project", "瓦窑头进村公路"), ("Project", "拓宽瓦窑头进村公路")),
        ("保持温瑞大道等60条道路严管态势", "瓯海区", ("Project", "温瑞大道"), ("Project", "保持温瑞大道")),
        ("实施东环路拓宽工程", "开化县", ("Project", "东环路拓宽工程"), None),  # guard
        ("实施涪江上游水土保持综合治理工程", "三台县", ("Project", "涪江上游水土保持综合治理工程"), None),  # guard
        ("完成东山路拓宽改造、宏业大道至G351匝道建设", "开化县", None, ("Project", "改造大道")),  # guard: works, no item
        # 启动建设 is one verb: the 动建 inside it is no stop (设郭溪太阳城项目)
        ("健全居家养老服务体系,启动建设郭溪太阳城项目", "瓯海区", ("Project", "郭溪太阳城项目"), ("Project", "设郭溪太阳城项目")),
        ("在三角城镇启动建设10万千瓦光储一体化示范项目", "海晏县", ("Project", "10万千瓦光储一体化示范项目"), None),
        ("全面动建三溪水库", "瓯海区", ("Project", "三溪水库"), None),  # guard
        # what only a firm does (旗下) opening a place's name (旗下营镇) makes no firm of what stands before it
        ("全力推进马盖图村至旗下营镇产业路建设", "卓资县", ("Region", "旗下营镇"), ("Enterprise", "马盖图村至")),
        ("已与上海市、江苏省苏州市等地企业签约项目19个", "周村区", ("Region", "苏州市"), ("Enterprise", "江苏省苏州市")),
        ("做大科大迅飞、老虎云等标志性数字企业", "金东区", ("Enterprise", "科大迅飞"), ("Enterprise", "做大科大迅飞")),
    ],
)
def test_corpus_regressions(text, region, present, absent):
    found = entities(text, region) | relations(text, region)
    assert present is None or present in found
    assert absent not in found


# Cooperation is read clause by clause: the regions of one clause, or the report's region and the regions
# that a clause names on one side of the trigger. Then the wording of news and of townships.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("与重庆市共建成渝地区双城经济圈，对口支援甘孜藏族自治州和阿坝藏族羌族自治州", "成都市",
         {("成都市", "cooperatesWith", "重庆市"), ("成都市", "cooperatesWith", "甘孜藏族自治州"),
          ("成都市", "cooperatesWith", "阿坝藏族羌族自治州")},
         {("甘孜藏族自治州", "cooperatesWith", "重庆市")}),
        ("与湛江市深化对口帮扶协作，与广州市共建广佛高质量发展融合试验区", "佛山市",
         {("佛山市", "cooperatesWith", "湛江市"), ("佛山市", "cooperatesWith", "广州市")},
         {("广州市", "cooperatesWith", "湛江市")}),
        # a firm cooperating with a district of the city: no region cooperates with its own district
        ("碧桂园控股有限公司与南海区合作共建博智林机器人谷", "佛山市", set(), {("佛山市", "cooperatesWith", "南海区")}),
        # the regions before the word are the partners: A与B, A、B (opening the clause), A与B、C与D, A、B分别与C、D
        ("杭州与衢州对口合作推进会在衢州召开", "衢州市", {("杭州市", "cooperatesWith", "衢州市")}, set()),
        ("温州、丽水山海协作走深走实", "浙江省", {("丽水市", "cooperatesWith", "温州市")},
         {("丽水市", "cooperatesWith", "浙江省")}),
        ("长春与天津、吉林与浙江对口合作扎实推进", "吉林省",
         {("天津市", "cooperatesWith", "长春市"), ("吉林省", "cooperatesWith", "浙江省")},
         {("吉林省", "cooperatesWith", "天津市"), ("天津市", "cooperatesWith", "吉林市")}),
        ("会上，平凉市、庆阳市分别与天津市河东区、河西区签署东西部协作协议", "甘肃省",
         {("平凉市", "cooperatesWith", "河东区"), ("庆阳市", "cooperatesWith", "河西区")},
         {("平凉市", "cooperatesWith", "河西区"), ("甘肃省", "cooperatesWith", "河东区")}),
        ("会上，平凉市与天津市河东区签署合作协议", "甘肃省", {("平凉市", "cooperatesWith", "河东区")},
         {("甘肃省", "cooperatesWith", "河东区")}),
        # 长 opening a place's name after 市 makes no mayor (湖州市长兴县)
        ("与浙江省湖州市长兴县深化结对帮扶，引进企业23家", "永宁县",
         {("Region", "长兴县"), ("永宁县", "cooperatesWith", "长兴县")}, {("永宁县", "cooperatesWith", "湖州市")}),
        # the regions listed after the word; not those listed before 等 (the givers of aid, each to the report's region)
        ("江苏省对口支援的伊宁、霍城、察布查尔三县签约项目20个", "伊犁哈萨克自治州",
         {("江苏省", "cooperatesWith", "霍城县"), ("察布查尔锡伯自治县", "cooperatesWith", "江苏省")}, set()),
        ("北京、天津等援疆省市企业签约项目12个", "和田地区", set(), {("北京市", "cooperatesWith", "天津市")}),
        # 上海 only says where 松江区 is
        ("设立驻沪招商总部,深化与上海松江区、虹桥商务区等战略合作", "金华市", {("松江区", "cooperatesWith", "金华市")},
         {("上海市", "cooperatesWith", "松江区"), ("上海市", "cooperatesWith", "金华市")}),
        ("全力打造杭衢山海协作升级版", "衢州市", {("杭州市", "cooperatesWith", "衢州市")}, set()),
        # a university named after a city is no region
        ("深化与西安交大、浙江农林大学等高校战略合作", "庆元县", set(), {("庆元县", "cooperatesWith", "西安市")}),
        # news: the firm that opens the sentence signs and invests; 该项目 is the project named before
        ("日前，比亚迪股份有限公司与中牟县签约，投资建设新能源汽车产业园项目。该项目位于中牟县官渡镇，总投资100亿元。", "郑州市",
         {("比亚迪股份有限公司", "investsIn", "新能源汽车产业园"), ("新能源汽车产业园", "locatedIn", "官渡镇")},
         {("Project", "该项目位于中牟县官渡镇"), ("新能源汽车产业园", "locatedIn", "中牟县")}),  # the innermost place
        # a firm that expands or newly builds a plant invests in it
        ("支持平利县女娲茗茶有限公司扩建年产500吨绿茶精深加工生产线", "安康市",
         {("平利县女娲茗茶有限公司", "investsIn", "年产500吨绿茶精深加工生产线")}, set()),
        ("比亚迪股份有限公司新建年产20GWh动力电池项目", "宁波市", {("比亚迪股份有限公司", "investsIn", "年产20GWh动力电池项目")},
         set()),
        # a report sentence that begins with a firm being set up states no investment of it
        ("组建文旅集团,推进文旅融合体系建设,动建嵊州博物馆,打造崇仁古镇等文旅节点", "嵊州市", set(),
         {("文旅集团", "investsIn", "嵊州博物馆"), ("文旅集团", "investsIn", "崇仁古镇")}),
        ("四川省成都市高新区、郫都区犀浦街道、简阳市石桥镇等地纳入试点", "成都市",
         {("石桥镇", "partOf", "简阳市"), ("犀浦街道", "partOf", "郫都区")}, {("Initiative", "地纳入试点")}),
        # a township the division data does not know, right after its county
        ("支持郫都区锦宁街道发展", "成都市", {("锦宁街道", "partOf", "郫都区")}, set()),
        ("创建金华市级样板镇", "金华市", set(), {("Region", "级样板镇")}),
        # also of four characters, where another township's short form spells a part of it (道河镇 of 东宁市)
        ("海林市横道河子镇入选全国乡村特色产业超十亿元镇", "牡丹江市", {("横道河子镇", "partOf", "海林市")},
         {("Region", "道河镇")}),
        ("庆元大道美丽乡村风景线建设成效初显", "庆元县", set(), {("Region", "大道美丽乡")}),  # guard: 乡村 is a word
        ("株洲市与萍乡市将合作共建湘赣边产业合作园", "株洲市", {("Region", "萍乡市")}, {("Region", "与萍乡")}),
        ("与宁夏回族自治区彭阳县在白阳镇共建闽宁协作产业园", "永春县", set(), {("Region", "在白阳镇")}),
        # a county with a two-character name right after its city, in a report of another province
        ("巩固与甘肃省定西市漳县结对帮扶成果", "嘉兴市",
         {("Region", "漳县"), ("漳县", "partOf", "定西市"), ("嘉兴市", "cooperatesWith", "漳县")}, set()),
        # a township written with one more character than the division data's (碧石渡镇 for 碧石镇) is named as
        # written; not where the short form is inside a longer name (横道河子镇: not 道河镇)
        ("汀祖镇、碧石渡镇承接临空配套项目14个", "鄂城区", {("Region", "碧石渡镇")}, {("Region", "碧石镇")}),
        ("宁安市渤海镇、海林市横道河子镇入选全国重点镇", "牡丹江市", {("Region", "横道河子镇")}, {("Region", "道河子镇")}),
    ],
)
def test_clauses_news_and_townships(text, region, present, absent):
    assert_found(text, region, present, absent)



# The wording of other provinces' reports and news: development zones that the division tables list are
# Projects, road and rail sections stay in the name, a second project after 落户 starts its own name,
# five-year plan periods are no programme, officials are named before what they do.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("宿迁经济技术开发区新增规上企业30家", "宿迁市",
         {("Project", "宿迁经济技术开发区"), ("宿迁经济技术开发区", "locatedIn", "宿迁市")},
         {("Region", "宿迁经济技术开发区")}),
        ("苏州工业园区与我市共建产业园", "宿迁市", {("Project", "苏州工业园区")}, {("Region", "苏州工业园区")}),
        ("黄骅市加快建设临港化工园区", "沧州市",  # a township of the tables named …化工园区
         {("Project", "临港化工园区"), ("临港化工园区", "locatedIn", "黄骅市")}, {("Region", "临港化工园区")}),
        # a bonded zone is still an area (ANNOTATION.md: 宁波保税区 is where a firm is)
        ("宁波保税区新增外资企业", "宁波市", {("Region", "宁波保税区")}, set()),
        ("京雄高速保定段、福厦高铁晋江段建成通车", None,
         {("Project", "京雄高速保定段"), ("Project", "福厦高铁晋江段"), ("京雄高速保定段", "locatedIn", "保定市")},
         {("Project", "京雄高速")}),
        # a stage is no place: the section word goes with it
        ("建成沪昆外绕线先行段", "义乌市", {("Project", "沪昆外绕线")}, {("Project", "沪昆外绕线先行段")}),
        # a place's section of a works, and a zone's part, stay in the name; two places written apart in a name
        # (the province in brackets, the city's part) do not say that one lies in the other
        ("济南至潍坊高速公路改扩建工程章丘段开工", "济南市",
         {("Project", "济南至潍坊高速公路改扩建工程章丘段"), ("济南至潍坊高速公路改扩建工程章丘段", "locatedIn", "章丘区")},
         {("Project", "济南至潍坊高速公路改扩建工程"), ("Region", "章丘区")}),
        ("中国（湖北）自由贸易试验区襄阳片区、两江新区水土片区加快建设", None,
         {("Project", "中国（湖北）自由贸易试验区襄阳片区"), ("Project", "两江新区水土片区")},
         {("Project", "中国（湖北）自由贸易试验区"), ("Region", "襄阳市"), ("襄阳市", "partOf", "湖北省")}),
        ("推动各片区协同发展，加快高新区重点片区开发", "襄阳市", set(),
         {("Project", "高新区重点片区"), ("Project", "各片区")}),
        # works that build heating, mines, districts are projects; a programme that develops villages is none
        ("推进城北片区集中供热工程、曙光金铜矿深部开采工程，实施百县千镇万村高质量发展工程", "张家口市",
         {("Project", "城北片区集中供热工程"), ("Project", "曙光金铜矿深部开采工程"),
          ("Initiative", "百县千镇万村高质量发展工程")},
         {("Initiative", "城北片区集中供热工程"), ("Project", "百县千镇万村高质量发展工程")}),
        # nor does one that counts villages (千村, 万村): they are where it works, nothing it builds
        ("深入实施“千村示范、万村整治”工程和“万企兴万村”行动", "华州区",
         {("Initiative", "千村示范、万村整治工程")}, {("Project", "千村示范、万村整治工程")}),
        ("推进千村万户污水治理工程", "华州区", {("Project", "千村万户污水治理工程")}, set()),  # guard: 污水 is built
        ("经济领域重点改革实现突破", "金华市", set(), {("Initiative", "经济领域重点改革")}),
        ("高端医用耗材产业园项目落户长垣经济技术开发区", "长垣市",
         {("Project", "高端医用耗材产业园项目"), ("Project", "长垣经济技术开发区")},
         {("Project", "高端医用耗材产业园项目落户长垣经济技术开发区")}),
        ("“十三五”发展成就和2020年工作回顾", "江阴市", set(), {("Initiative", "十三五")}),
        ("长垣市委书记秦建军出席活动", "长垣市", {("Person", "秦建军")}, set()),
        ("管委会副主任刘振华介绍，新区坚持高标准建设", None, {("Person", "刘振华")}, set()),
        # a township hospital is built like any hospital; a counted kind of them is no name
        ("建成黄泽镇中心卫生院", "嵊州市", {("Project", "黄泽镇中心卫生院")}, set()),
        ("“X”指数家乡镇卫生院", "庆元县", set(), {("Project", "X指数家乡镇卫生院"), ("Project", "乡镇卫生院")}),
        # numbered bureaus of harbour works and roads are firms, with or without their legal form
        ("由中交第三航务工程局有限公司承建的滨江大道提升工程动工", "鄂州市",
         {("Enterprise", "中交第三航务工程局有限公司"), ("中交第三航务工程局有限公司", "investsIn", "滨江大道提升工程")},
         {("Project", "中交第三航务工程")}),
        ("由中交一公局承建的沿江快速路开工", "鄂州市", {("Enterprise", "中交一公局")}, set()),
        # an economic zone is a zone; 携手 and 壮大 end a name's left context
        ("主动对接黄冈临空经济区建设", "黄冈市", {("Project", "黄冈临空经济区")}, set()),
        ("携手武汉东湖新技术开发区共建科创走廊", "鄂州市", {("Project", "武汉东湖新技术开发区")},
         {("Project", "携手武汉东湖新技术开发区")}),
        # a bank's branch is a firm, where its branch is (not 细分行业)
        ("区政府与宁波银行温州分行签署战略合作协议", "温州市",
         {("Enterprise", "宁波银行温州分行"), ("宁波银行温州分行", "locatedIn", "温州市")},
         {("Enterprise", "宁波银行"), ("宁波银行温州分行", "locatedIn", "宁波市")}),
        ("培育首批八大重点细分行业", "温州市", set(), {("Enterprise", "首批八大重点细分行")}),  # guard
        # a three-year campaign's name reaches past 高质量
        ("深入实施民营经济高质量发展三年行动", "宁波市", {("Initiative", "民营经济高质量发展三年行动")},
         {("Initiative", "发展三年行动")}),
        # heating works are built
        ("县城集中供暖工程二期投入使用", "日喀则市", {("Project", "县城集中供暖工程")},
         {("Initiative", "县城集中供暖工程")}),
        # a short name that will invest somewhere (将在…投资建设) is a firm
        ("金山云将在云计算产业园区投资建设智算中心项目", "克拉玛依市",
         {("Enterprise", "金山云"), ("金山云", "investsIn", "智算中心项目")}, set()),
        ("我县将在工业园区投资建设标准化厂房", "湟源县", set(), {("Enterprise", "我县")}),  # guard
        # two clauses of a development slogan with no type word after are no programme; with one they are
        ("坚持“工业强市、项目为王”不动摇", "九江市", set(), {("Initiative", "工业强市、项目为王")}),
        ("坚持“项目为王”，全年实施重点项目120个", "禹州市", set(), {("Initiative", "项目为王")}),
        ("深入实施“制造业当家”，新增规上工业企业56家", "东莞市", set(), {("Initiative", "制造业当家")}),
        # service mottos and items are no programmes (ANNOTATION.md: 一网通办, 出生一件事)
        ("深化“一件事一次办”改革成果，推行“马上就办”", "九江市", set(),
         {("Initiative", "一件事一次办"), ("Initiative", "马上就办")}),
        ("坚持“生态立县、旅游兴县”，扩大种植规模", "伊春市", set(), {("Initiative", "生态立县、旅游兴县")}),
        ("深入实施“产业强县、开放兴县”战略", "博爱县", {("Initiative", "产业强县、开放兴县战略")}, set()),  # guard
        # more kinds of towns, zones, valleys and labs end a project's name (not 先行区: as often a goal as a zone)
        ("加快建设汉口国际商贸城和光谷生物城", "武汉市", {("Project", "汉口国际商贸城"), ("Project", "光谷生物城")}, set()),
        ("推动于家堡金融区和南港石化区建设，京津科技谷建成投用", "天津市",
         {("Project", "于家堡金融区"), ("Project", "南港石化区"), ("Project", "京津科技谷")}, set()),
        ("推进崖州湾种子实验室建设", "三亚市", {("Project", "崖州湾种子实验室")}, set()),
        ("打造全国国际贸易综合改革先行区", "义乌市", set(), {("Project", "国际贸易综合改革先行区")}),  # guard
        # kinds of communities are no villages, nor is a window that ran out inside a longer name; a 科创社区 is built
        ("友谊路街道获评全国示范性老年友好型社区", "上海市", set(), {("Region", "老年友好型社区")}),
        ("罗店镇美兰湖国际科创社区启动区建成", "上海市", {("Project", "罗店镇美兰湖国际科创社区")},
         {("Region", "湖国际科创社区")}),
        # a firm that also will invest (还将在…投资建设); a collector station is built; 还有 opens no name
        ("中国能建还将在土贵乌拉镇投资建设乌兰察布北220千伏汇集站", "乌兰察布市",
         {("Enterprise", "中国能建"), ("中国能建", "investsIn", "乌兰察布北220千伏汇集站")}, {("Enterprise", "中国能建还")}),
        ("还有双港镇绿色包装印刷产业园", "桐城市", {("Project", "双港镇绿色包装印刷产业园")},
         {("Project", "还有双港镇绿色包装印刷产业园")}),
        # 重点 stops no name inside the national 重点开发开放试验区
        ("推进东兴国家重点开发开放试验区建设", "防城港市",
         {("Project", "东兴国家重点开发开放试验区"), ("东兴国家重点开发开放试验区", "locatedIn", "东兴市")}, set()),
    ],
)
def test_other_provinces_wording(text, region, present, absent):
    assert_found(text, region, present, absent)


# Who builds what where: a place or park and a verb of building end a project's left context, and the place
# is where the project is; words that only look like stops (超级, 8.5代, 以来) stay out of the way; a firm's
# technical-renovation project is a project; a metropolitan area is a region of its own; a township right after
# its county is found also outside the report's province.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("支持鹿寨县、融安县建设金桔深加工产业园", "柳州市",
         {("Project", "金桔深加工产业园"), ("金桔深加工产业园", "locatedIn", "融安县")},
         {("Project", "融安县建设金桔深加工产业园")}),
        ("推动余杭区仁和街道新建智能制造产业园", "杭州市", {("智能制造产业园", "locatedIn", "仁和街道")}, set()),
        ("在高新区建设智能传感器产业园", "绵阳市", {("Project", "智能传感器产业园")},
         {("Project", "高新区建设智能传感器产业园")}),
        ("东风新能源汽车超级工厂项目开工建设", "十堰市", {("Project", "东风新能源汽车超级工厂项目")},
         {("Project", "级工厂项目")}),
        ("推进8.5代液晶面板生产线项目", "合肥市", {("Project", "8.5代液晶面板生产线项目")},
         {("Project", "5代液晶面板生产线项目")}),
        ("今年以来开发区新签约项目12个", "惠州市", set(), {("Project", "来开发区")}),
        ("支持阳光集团精纺面料技改项目、工业技改项目建设", "江阴市",
         {("阳光集团", "investsIn", "阳光集团精纺面料技改项目")}, {("Project", "工业技改项目")}),
        # a year and its quarter or batch open no name: what comes after them is a kind (重大项目) or nothing
        ("宿州经济技术开发区2023年二季度招商引资项目集中签约", "宿州市",
         {("Project", "宿州经济技术开发区"), ("宿州经济技术开发区", "locatedIn", "宿州市")},
         {("Project", "宿州经济技术开发区2023年二季度招商引资项目"), ("Project", "招商引资项目")}),
        ("举办新能源产业招商推介会暨项目签约仪式", "黔南布依族苗族自治州", set(),
         {("Project", "新能源产业招商推介会暨项目")}),
        ("南台镇现代物流园区一期建成运营", "海城市",
         {("Project", "南台镇现代物流园区"), ("南台镇现代物流园区", "locatedIn", "南台镇")}, set()),
        ("主动融入南京都市圈", "滁州市", {("Region", "南京都市圈")}, {("Region", "南京市")}),
        # city clusters named by their cities' first characters or by their area (national plans): macro-regions
        ("深度融入厦漳泉都市圈、关中平原城市群", "漳州市", {("Region", "厦漳泉都市圈"), ("Region", "关中平原城市群")},
         set()),
        ("深化与贵州省播州区三合镇结对帮扶", "温州市",
         {("Region", "三合镇"), ("三合镇", "partOf", "播州区"), ("三合镇", "cooperatesWith", "温州市")}, set()),
        # the firm that names its amount, then where it builds; that carries out (实施) or signs for (签订) a project
        ("浙江巴贝领带有限公司拟投资5亿元,在嵊州经济开发区建设年产1000万条智能领带项目。", "嵊州市",
         {("浙江巴贝领带有限公司", "investsIn", "年产1000万条智能领带项目")}, {("Project", "智能领带项目")}),
        ("支持浙江万丰奥威汽轮股份有限公司实施轻量化轮毂扩能项目。", "新昌县",
         {("浙江万丰奥威汽轮股份有限公司", "investsIn", "轻量化轮毂扩能项目")}, set()),
        ("浙江龙盛集团股份有限公司与上虞区签订年产3万吨染料中间体项目投资协议。", "绍兴市",
         {("浙江龙盛集团股份有限公司", "investsIn", "年产3万吨染料中间体项目")}, set()),
        # a comma without the amount before it ends the firm's clause
        ("浙江万丰奥威汽轮股份有限公司营收增长12%,在新昌县建设轻量化轮毂扩能项目。", "新昌县",
         {("轻量化轮毂扩能项目", "locatedIn", "新昌县")},
         {("浙江万丰奥威汽轮股份有限公司", "investsIn", "轻量化轮毂扩能项目")}),
    ],
)
def test_who_builds_where(text, region, present, absent):
    assert_found(text, region, present, absent)


# Partners and branches: the firm before 与 in a joint investment invests too; partners' verbs (合资建设) end a
# project's left context; a region joined to a firm by 与 does not locate it; a branch after its parent's legal name
# is located by its place; what a firm builds is a project: a 工程 (not a programme), a name of common words (not a kind).
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("洛阳钼业与宁德时代合资建设锂电池正极材料项目", "洛阳市",
         {("Enterprise", "洛阳钼业"), ("洛阳钼业", "investsIn", "锂电池正极材料项目"),
          ("宁德时代", "investsIn", "锂电池正极材料项目")}, {("Region", "洛阳市")}),
        # 由X承建的Y: X builds the project named after it, not the one before
        ("宏达纺织有限公司投资的年产500万米面料项目开工，由中建一局承建的县体育中心竣工", "清河县",
         {("中建一局", "investsIn", "县体育中心")}, {("中建一局", "investsIn", "年产500万米面料项目")}),
        # a community named after a zone (北京采育经济开发区社区) leaves the zone's name to the zone
        ("北京采育经济开发区扩区获批", "大兴区", {("Project", "北京采育经济开发区")}, {("Region", "北京采育经济开发区社区")}),
        # a short name, then where it invests, then what only a firm does; a firm starting a project invests in it
        ("天齐锂业在遂宁市射洪市投资建设的年产2万吨氢氧化锂项目建成投产", "四川省",
         {("Enterprise", "天齐锂业"), ("天齐锂业", "investsIn", "年产2万吨氢氧化锂项目")}, set()),
        ("村集体在荒山投资建设的光伏电站并网发电", "永康市", set(), {("Enterprise", "村集体")}),
        # a well-known firm's short name opening a project's name is no mention of its own (the project is the
        # outermost name), and a place in a brand locates nothing
        # a paired park opens with its far partner's short name, no firm's (秦淮数据 is a firm: a place opens it)
        ("推进望谟海曙产业园、宁河通渭协作产业园建设", "海曙区", {("Project", "望谟海曙产业园")},
         {("Enterprise", "望谟"), ("Enterprise", "宁河")}),
        # an area named after a province's short form (京南: south of Beijing) is no firm; a firm's regional seat is
        ("双方合作共建的京南阜城产业园已落地项目14个", "阜城县", {("Project", "京南阜城产业园")},
         {("Enterprise", "京南"), ("京南", "investsIn", "京南阜城产业园")}),
        ("顺丰浙中总部基地项目开工", "金华市", {("顺丰", "investsIn", "顺丰浙中总部基地项目")}, set()),  # guard
        # a verb of urging opens no firm's name, an adverb of investing ends none; a sector's words and partners' short
        # forms are no firm's
        ("力促华为、中国移动等企业算力项目落地", "兴庆区", {("Enterprise", "华为")}, {("Enterprise", "力促华为")}),
        ("惠科股份追加投资的新型显示配套产业园开工建设", "滁州市",
         {("惠科股份", "investsIn", "新型显示配套产业园")}, {("Enterprise", "惠科股份追加")}),
        ("正泰集团投资的分布式光伏储能一体化项目已在洋口镇开工", "广丰区",
         {("正泰集团", "investsIn", "分布式光伏储能一体化项目")}, {("Enterprise", "分布式光伏")}),
        ("沪滇元谋蔬菜产业园、粤桂协作南丹产业园建成", "元谋县", {("Project", "沪滇元谋蔬菜产业园")},
         {("Enterprise", "沪滇"), ("Enterprise", "粤桂协作")}),
        ("全年引进中国太平洋保险、招商银行等区域总部12家", "市南区",
         {("Enterprise", "中国太平洋保险"), ("Enterprise", "招商银行")}, set()),
        ("将新上五轴联动加工中心等高端装备生产线12条", "润州区", set(), {("Project", "新上五轴联动加工中心")}),
        # a firm named in full, then its project by its name's core and the project's own words
        ("雅戈尔集团股份有限公司与区政府签约雅戈尔时尚产业总部项目", "海曙区",
         {("雅戈尔集团股份有限公司", "investsIn", "雅戈尔时尚产业总部项目")},
         {("Enterprise", "雅戈尔时尚产业"), ("雅戈尔时尚产业", "investsIn", "雅戈尔时尚产业总部项目")}),
        ("阿里巴巴张北云联数据中心三期、秦淮数据张北数据中心二期建成投运", "张家口市",
         {("秦淮数据", "investsIn", "秦淮数据张北数据中心")}, set()),  # guard
        ("华能东方电厂三期扩建工程开工", "东方市", {("Project", "华能东方电厂三期扩建工程")}, {("Enterprise", "华能")}),  # guard
        ("宁德时代的供应商海辰储能将在泸县经济开发区布局储能电池结构件项目", "泸州市", {("Enterprise", "宁德时代")},
         {("Region", "宁德市"), ("宁德时代", "locatedIn", "宁德市")}),
        # a firm's short name and 投资建设的: its project may be named in everyday words (a government's is not)
        ("比亚迪投资建设的动力电池项目投产，县政府投资建设的安置房项目交付", "西安市",
         {("Project", "动力电池项目"), ("比亚迪", "investsIn", "动力电池项目")}, {("Project", "安置房项目")}),
        ("胜利油田投资建设的百万吨级CCUS示范工程扩能改造完成", "东营市",
         {("Project", "百万吨级CCUS示范工程")}, {("Initiative", "百万吨级CCUS示范工程")}),
        ("安徽海螺水泥股份有限公司启动年产200万吨骨料项目", "芜湖市",
         {("安徽海螺水泥股份有限公司", "investsIn", "年产200万吨骨料项目")}, set()),
        ("县政府与中复神鹰合资建设碳纤维原丝项目", "连云港市",
         {("Project", "碳纤维原丝项目"), ("中复神鹰", "investsIn", "碳纤维原丝项目")},
         {("Project", "中复神鹰合资建设碳纤维原丝项目")}),
        ("海州区政府与中复神鹰共同投资建设碳纤维原丝项目", "连云港市", {("中复神鹰", "investsIn", "碳纤维原丝项目")},
         {("中复神鹰", "locatedIn", "海州区")}),
        # partners each with a short name in brackets; A将与B共同投资, the project built in the clause after the amount
        ("亿利资源集团有限公司（亿利集团）与中国三峡新能源（集团）股份有限公司（三峡能源）合资建设的200万千瓦光伏治沙项目开工",
         "杭锦旗", {("亿利资源集团有限公司", "investsIn", "200万千瓦光伏治沙项目"),
                 ("中国三峡新能源（集团）股份有限公司", "investsIn", "200万千瓦光伏治沙项目")}, set()),
        ("连云港港口集团有限公司将与新疆交通投资（集团）有限责任公司共同投资8.5亿元，扩建中欧班列霍尔果斯集结中心", "霍尔果斯市",
         {("连云港港口集团有限公司", "investsIn", "中欧班列霍尔果斯集结中心"),
          ("新疆交通投资（集团）有限责任公司", "investsIn", "中欧班列霍尔果斯集结中心")}, set()),
        ("中国石油化工股份有限公司镇海炼化分公司扩建乙烯装置", "宁波市",
         {("中国石油化工股份有限公司镇海炼化分公司", "locatedIn", "镇海区")}, set()),
        ("考察了陕西延长石油集团有限公司建设的煤油共炼示范工程", "延安市",
         {("Project", "煤油共炼示范工程"), ("陕西延长石油集团有限公司", "investsIn", "煤油共炼示范工程")},
         {("Initiative", "煤油共炼示范工程")}),
        ("深入实施新兴产业集群培育工程", "延安市", {("Initiative", "新兴产业集群培育工程")},
         {("Project", "新兴产业集群培育工程")}),
        ("城投公司建设城市更新工程", "衢州市", set(), {("Initiative", "城投公司建设城市更新工程")}),
        # a firm builds it: a name of common words is its name; without the firm it is a kind of project
        ("宁德时代新能源科技股份有限公司投资建设新能源电池材料项目", "宁德市",
         {("宁德时代新能源科技股份有限公司", "investsIn", "新能源电池材料项目")}, set()),
        ("加快建设新能源电池材料项目", "宁德市", set(), {("Project", "新能源电池材料项目")}),
        # a goal is no name
        ("支持湖南华菱钢铁集团有限公司建设世界一流精品板材基地", "娄底市", set(),
         {("Project", "世界一流精品板材基地"), ("Project", "精品板材基地")}),
    ],
)
def test_partners_and_branches(text, region, present, absent):
    assert_found(text, region, present, absent)


@pytest.mark.parametrize(
    "names, short, full",
    [
        # a firm's canonical name is the longest the text gives it; the country or a place may open it
        ({"三峡", "中国三峡新能源（集团）股份有限公司"}, "三峡", "中国三峡新能源（集团）股份有限公司"),
        ({"华能", "中国华能集团有限公司"}, "华能", "中国华能集团有限公司"),
        ({"吉利控股", "浙江吉利控股集团有限公司"}, "吉利控股", "浙江吉利控股集团有限公司"),  # guard
    ],
)
def test_short_firm_names_resolve_to_the_full_name(names, short, full):
    from kg.resolve import enterprise_aliases

    assert enterprise_aliases(names).get(short) == full


def test_the_works_of_a_phase_are_one_node_with_the_project_the_corpus_names():
    from kg.extract import extract_text
    from kg.resolve import resolve_entities

    texts = ["启动淮河入海水道工程前期工作。", "加快推进淮河入海水道二期工程建设。", "清华长庚医院二期工程开工建设。"]
    mentions = [m for t in texts for m in extract_text(t, context={"region": "江苏省"})[0]]
    projects = {e.name: e.aliases for e in resolve_entities(mentions) if e.type == "Project"}
    # the phase keeps its name as written (an alias) and is the project; a phase whose project no text names stays
    assert projects == {"淮河入海水道工程": ("淮河入海水道二期工程",), "清华长庚医院二期工程": ()}


def test_a_project_opened_by_a_short_name_is_the_full_named_firms():
    from kg.evaluate import predict_records

    text = "位于裕民县的三峡裕民20万千瓦风电项目正式开工。该项目由中国三峡新能源（集团）股份有限公司投资建设。"
    pred = predict_records([{"id": "x", "context": {"region": "裕民县"}, "text": text}])[0]
    rels = {(r["head"], r["type"], r["tail"]) for r in pred["relations"]}
    assert ("中国三峡新能源（集团）股份有限公司", "investsIn", "三峡裕民20万千瓦风电项目") in rels
    assert not any(head == "三峡" for head, _, _ in rels)


# A short name declared in brackets (（简称X）, （以下简称“X”）, or a firm's （X） alone) is a mention of the firm it follows, there and wherever the text
# says it again; the name after the brackets is the firm's project; the short name's words locate nothing.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("浙江万丰科技开发股份有限公司（以下简称万丰科技）智能焊接装备项目竣工投产", "绍兴市",
         {("浙江万丰科技开发股份有限公司", "investsIn", "智能焊接装备项目")},
         {("Enterprise", "以下简称万丰科技"), ("Enterprise", "万丰科技"), ("Project", "（以下简称万丰科技）智能焊接装备项目")}),
        ("湖北兴发化工集团股份有限公司（简称“兴发集团”）投资建设的磷化工产业园开工", "宜昌市",
         {("湖北兴发化工集团股份有限公司", "investsIn", "磷化工产业园")}, {("Enterprise", "兴发集团")}),
        ("滨海湿地公园由江苏悦达集团有限公司（以下简称悦达集团）投资建设", "盐城市",
         {("江苏悦达集团有限公司", "investsIn", "滨海湿地公园")}, {("Enterprise", "悦达集团")}),
        ("中国石化湖南石油化工有限公司（以下简称湖南石化）扩建乙烯装置", "岳阳市",
         {("Enterprise", "中国石化湖南石油化工有限公司")},
         {("Region", "湖南省"), ("中国石化湖南石油化工有限公司", "locatedIn", "湖南省")}),
        # in brackets without 简称, a name drawn from the legal name's characters; not a place in brackets
        ("中国长江三峡集团有限公司（三峡集团）投资建设的太平溪抽水蓄能电站项目完成核准", "宜昌市",
         {("中国长江三峡集团有限公司", "investsIn", "太平溪抽水蓄能电站项目")}, {("Enterprise", "三峡集团")}),
        ("广东温氏食品集团股份有限公司（温氏股份）投资建设的年出栏100万头生猪养殖项目投产", "云浮市",
         {("广东温氏食品集团股份有限公司", "investsIn", "年出栏100万头生猪养殖项目")}, {("Enterprise", "温氏股份")}),
        ("华为技术有限公司（深圳）投资建设的鲲鹏产业园开工", "深圳市",
         {("Enterprise", "华为技术有限公司"), ("Region", "深圳市")}, set()),
        ("浙江吉利控股集团有限公司（浙江）投资建设的新能源汽车项目开工", "宁波市",
         {("Enterprise", "浙江吉利控股集团有限公司")}, {("Enterprise", "浙江"), ("Region", "浙江吉利控股集团有限公司")}),
    ],
)
def test_declared_short_names(text, region, present, absent):
    assert_found(text, region, present, absent)


def test_a_declared_short_name_names_the_firm_wherever_it_is_said():
    text = "浙江万丰科技开发股份有限公司（以下简称万丰科技）智能焊接装备项目竣工投产，万丰科技还将追加投资建设二期。"
    mentions, _ = extract_text(text, context={"region": "绍兴市"})
    short = [(m.start, m.name) for m in mentions if m.text == "万丰科技"]
    assert short == [(text.index("简称") + 2, "浙江万丰科技开发股份有限公司"),
                     (text.rindex("万丰科技"), "浙江万丰科技开发股份有限公司")]


# Who builds, and the jurisdiction's prefix: a banner (旗) or a township giving aid (援建) before the verb is no part of
# the name; 省 of a provincial hospital stays, as 县 of 县人民医院 (省首批… is a rank); a person who presents projects
# (市长某某介绍项目) names none; townships listed before a zone named after the last share the rest of its name, but
# not a type word of kinds (项目, 基地, 公路 after everyday words: each place's works of a kind); so do counties
# listed by their short forms.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("鄂托克前旗建设光伏制氢示范项目", "鄂尔多斯市", {("Project", "光伏制氢示范项目")},
         {("Project", "鄂托克前旗建设光伏制氢示范项目")}),
        ("在和田县拉依喀乡援建农产品交易中心", "昆山市", {("Region", "拉依喀乡"), ("Project", "农产品交易中心")},
         {("Project", "和田县拉依喀乡援建农产品交易中心")}),
        ("江苏援建的伽师县职业技术学校投入使用", "喀什地区", {("Project", "伽师县职业技术学校")},
         {("伽师县职业技术学校", "locatedIn", "江苏省")}),
        ("加快建设省妇幼保健院新院区", "长沙市", {("Project", "省妇幼保健院新院区")}, {("Project", "妇幼保健院新院区")}),
        ("县长王建国介绍项目进展", "清河县", {("Person", "王建国")}, {("Project", "县长王建国介绍项目")}),
        ("城关镇、桃源镇工业集中区完成扩区", "安溪县",
         {("Project", "城关镇工业集中区"), ("Project", "桃源镇工业集中区"), ("城关镇工业集中区", "locatedIn", "城关镇")},
         {("Region", "城关镇")}),
        # a place, then everyday words, before a type word of kinds: each place's works of that kind, none named
        ("桃溪镇、履坦镇农村公路提级改造全面完成", "武义县", {("Region", "桃溪镇"), ("Region", "履坦镇")},
         {("Project", "履坦镇农村公路"), ("Project", "桃溪镇农村公路")}),
        ("桃溪镇、履坦镇高山蔬菜基地扩面至3万亩", "武义县", {("Region", "桃溪镇")}, {("Project", "桃溪镇高山蔬菜基地")}),
        # counties by their short forms, likewise; not a count of them, nor paired parks
        ("孝义、汾阳经济开发区完成扩区调规", "吕梁市",
         {("Project", "孝义经济开发区"), ("Project", "汾阳经济开发区"), ("孝义经济开发区", "locatedIn", "孝义市")}, set()),
        ("城口、巫溪两县高速公路建成通车，衢州—余杭、衢州—镇海山海协作产业园新引进项目26个", "重庆市",
         {("Region", "城口县")}, {("Project", "城口两县高速公路"), ("Project", "余杭—镇海山海协作产业园")}),
        ("武义县图书馆建设项目开工，武义县第二中学建成", "金华市",
         {("Project", "武义县图书馆建设项目"), ("Project", "武义县第二中学")}, set()),
    ],
)
def test_builders_prefixes_and_shared_rests(text, region, present, absent):
    assert_found(text, region, present, absent)


# A road or a gate named after a far city (福州路 in a Wenzhou report) lies anywhere; one named after the report's own
# county or one of its city's places lies there.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("完成南京路、福州路提升改造", "温州市", {("Project", "福州路")},
         {("福州路", "locatedIn", "福州市"), ("南京路", "locatedIn", "南京市")}),
        ("西安路改造工程完工", "大连市", {("Project", "西安路改造工程")}, {("西安路改造工程", "locatedIn", "西安市")}),
        ("松阳大道景观提升工程完工", "松阳县", {("松阳大道景观提升工程", "locatedIn", "松阳县")}, set()),
    ],
)
def test_roads_named_after_places(text, region, present, absent):
    assert_found(text, region, present, absent)


# A road's section through a town (瑞安城区段) or a link road named after a place (乐清连接线) lies there; a park one
# place builds in another lies in the bracketed one, else in the one around the report, else in a county written whole
# before its partner's short name.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("104国道瑞安城区段改造工程完工", "温州市", {("104国道瑞安城区段改造工程", "locatedIn", "瑞安市")}, set()),
        ("瓯江北口大桥乐清连接线建成通车", "温州市", {("瓯江北口大桥乐清连接线", "locatedIn", "乐清市")}, set()),
        ("宁波（丽水）山海协作产业园新引进项目5个", "丽水市", {("宁波（丽水）山海协作产业园", "locatedIn", "丽水市")},
         {("宁波（丽水）山海协作产业园", "locatedIn", "宁波市")}),
        ("宁波（丽水）山海协作产业园新引进项目5个", "宁波市", {("宁波（丽水）山海协作产业园", "locatedIn", "丽水市")},
         {("宁波（丽水）山海协作产业园", "locatedIn", "宁波市")}),
        ("常州阜宁工业园区新入驻企业8家", "盐城市", {("常州阜宁工业园区", "locatedIn", "阜宁县")},
         {("常州阜宁工业园区", "locatedIn", "常州市")}),
        ("墨玉县北京工业园入驻企业5家", "和田地区", {("墨玉县北京工业园", "locatedIn", "墨玉县")},
         {("墨玉县北京工业园", "locatedIn", "北京市")}),
        ("义乌苏溪工业园区新入驻企业8家", "金华市", {("义乌苏溪工业园区", "locatedIn", "苏溪镇")}, set()),
    ],
)
def test_sections_link_roads_and_paired_parks(text, region, present, absent):
    assert_found(text, region, present, absent)


# 区块 is a block (南山区块 is not in 南山区); a university's institute or campus named after another place is not in the
# university's seat (温州医科大学东阳校区 is not in 温州市), one inside its seat's region still is.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("推进城东区块、江北区块开发", "宁波市", set(), {("江北区块", "locatedIn", "江北区")}),
        ("浙江工业大学温岭研究院揭牌", "台州市", {("浙江工业大学温岭研究院", "locatedIn", "浙江省")}, set()),
        ("南京大学苏州校区投入使用", "苏州市", {("南京大学苏州校区", "locatedIn", "苏州市")},
         {("南京大学苏州校区", "locatedIn", "南京市")}),
    ],
)
def test_blocks_and_university_branches(text, region, present, absent):
    assert_found(text, region, present, absent)


# A counted list sharing a project type word: one project per item, also where the item is a place's name (then
# inside the name: locatedIn); an ordinal (第二所) is no count; a partner's 共建 is no part of the name.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("推动江油、三台、盐亭三个经济开发区扩容提质", "绵阳市",
         {("Project", "江油经济开发区"), ("Project", "盐亭经济开发区"), ("三台经济开发区", "locatedIn", "三台县")},
         {("Region", "三台县"), ("Project", "推动江油经济开发区")}),
        ("新建古城、龙门两座污水处理厂", "洛阳市", {("Project", "古城污水处理厂"), ("Project", "龙门污水处理厂")},
         {("Project", "新建古城污水处理厂")}),
        ("建成东阳镇、城北新区第二所幼儿园", "金华市", set(), {("Project", "城北新区第幼儿园")}),
        # a park is named by its item also where the kind is an everyday word (产业园); the count ends no village
        # (礼贤三村); kinds of work counted as platforms are no projects
        ("推动魏善庄、青云店、礼贤三个产业园完成基础设施配套", "大兴区",
         {("Project", "魏善庄产业园"), ("Project", "青云店产业园"), ("礼贤产业园", "locatedIn", "礼贤镇")},
         {("Region", "礼贤三村")}),
        ("即综治工作、市场监管、综合执法、便民服务四个平台", "金华市", set(), {("Project", "便民服务平台")}),
        # counted parks are each a park of its industry, also where every item is an everyday word
        ("加快建设绿色建材、食品饮料、新型纺织三个产业园", "渠县",
         {("Project", "绿色建材产业园"), ("Project", "食品饮料产业园"), ("Project", "新型纺织产业园")},
         {("Project", "加快建设绿色建材产业园")}),
        # the kind is the type word it ends with (中心学校, not 中心); a works verb opens no item; an item of everyday
        # words is a name where another item of the list is one
        ("改造提升龙港、郑庄、中村三所中心学校，城乡居民医保参保率稳定", "沁水县",
         {("Project", "龙港中心学校"), ("Project", "郑庄中心学校"), ("Project", "中村中心学校")},
         {("Region", "中村镇"), ("Project", "改造提升龙港中心学校")}),
        ("改造提升城北、同心、蒲潭三所幼儿园", "浦江县",
         {("Project", "城北幼儿园"), ("Project", "同心幼儿园"), ("Project", "蒲潭幼儿园")}, set()),
        # a count in digits; a verb opens the first item even where a stop character (和) follows it; the count is
        # no community's name (两所社区)
        ("建成腊山、吴家堡、美里湖3所小学", "槐荫区",
         {("Project", "腊山小学"), ("Project", "吴家堡小学"), ("Project", "美里湖小学")}, set()),
        ("新建和平里、东直门两所社区卫生服务中心", "东城区",
         {("Project", "和平里社区卫生服务中心"), ("Project", "东直门社区卫生服务中心")},
         {("Region", "两所社区"), ("Project", "平里社区卫生服务中心")}),
        # places' works of a kind (基地, 项目) are no names, nor is what a count of villages does
        ("羊街镇、功山镇、河口镇三个万亩蔬菜基地建成投产", "寻甸回族彝族自治县",
         {("Region", "羊街镇"), ("Region", "河口镇")}, {("Project", "功山镇万亩蔬菜基地")}),
        ("实施凡岭脚村、吴宅村、大黄岭头村3个村草坪生态公墓项目", "浦江县",
         {("Region", "吴宅村")}, {("Project", "吴宅村村草坪生态公墓项目")}),
        ("八台、枣林两个小微企业园同步投用", "舞钢市", {("Project", "八台小微企业园"), ("Project", "枣林小微企业园")},
         {("Region", "八台镇")}),
        ("与闵行区共建莘庄产业合作园", "溧阳市", {("Project", "莘庄产业合作园")}, {("Project", "共建莘庄产业合作园")}),
        # an uncounted list sharing a type word (ANNOTATION.md): an item may be an everyday word (城北, 同心) when
        # another is not, and may follow a verb (新建); the shared word is the longest (卫生院, not 中心)
        ("新建城东、同心、蒲塘幼儿园", "武义县",
         {("Project", "城东幼儿园"), ("Project", "同心幼儿园"), ("Project", "蒲塘幼儿园")}, set()),
        # also where an item is a township's short form (骆仙街道, 增福街道): it is the list's item, in that township
        ("新建骆仙、增福、涌泉幼儿园，推进人民路街道老旧小区改造", "北湖区",
         {("Project", "骆仙幼儿园"), ("Project", "增福幼儿园"), ("骆仙幼儿园", "locatedIn", "骆仙街道")},
         {("Region", "骆仙街道"), ("Region", "增福街道")}),
        ("宜都、姚家港化工园通过省级认定", "宜昌市", {("Project", "宜都化工园")}, {("Region", "宜都市")}),
        ("婺城、浦江、武义、金华开发区等地在沪、杭设立8家招商分部", "金华市",  # places and a zone: 等地
         {("Region", "婺城区"), ("Region", "武义县"), ("Project", "金华开发区")}, {("Project", "武义开发区")}),
        # counted with 大; an item with a type word of its own (集士港) does not end the list
        ("望春、集士港、高桥三大产业园新增规上工业企业41家", "海曙区",
         {("Project", "望春产业园"), ("Project", "集士港产业园"), ("Project", "高桥产业园")},
         {("Project", "望春港"), ("Region", "望春街道")}),
        ("规划建设风机整机、储能系统、绿色氢氨三大生产基地", "大丰区", set(), {("Project", "储能系统生产基地")}),  # kinds
        ("扩建公办、民办幼儿园", "武义县", set(), {("Project", "公办幼儿园")}),
        ("侯镇、羊口中心卫生院完成改造", "寿光市", {("Project", "羊口中心卫生院")}, {("Project", "侯镇中心")}),
        # a paired park is named by both partners, and neither locates it
        ("推进嘉兴—衢州产业合作园建设", "衢州市", {("Project", "嘉兴—衢州产业合作园")},
         {("Project", "衢州产业合作园"), ("嘉兴—衢州产业合作园", "locatedIn", "衢州市"),
          ("嘉兴—衢州产业合作园", "locatedIn", "嘉兴市")}),
        # also where the far partner's short form is no place in the report's context (三水 in 阳朔县's report)
        ("深化粤桂协作，共建三水—阳朔产业园", "阳朔县", {("Project", "三水—阳朔产业园")},
         {("三水—阳朔产业园", "locatedIn", "阳朔县")}),
        ("常熟·桐城产业合作园新落户企业9家", "桐城市", {("Project", "常熟·桐城产业合作园")},
         {("常熟·桐城产业合作园", "locatedIn", "桐城市")}),
        # or joined to a partner no table knows (共和: a word over the stop 和; 中关村: no city)
        ("共建南京—共和产业园", "共和县", {("Project", "南京—共和产业园")},
         {("南京—共和产业园", "locatedIn", "南京市"), ("Project", "产业园")}),
        ("滨海—中关村科技园新增企业120家", "天津市", {("Project", "滨海—中关村科技园")},
         {("滨海—中关村科技园", "locatedIn", "滨海新区")}),
        ("中国宝武钢铁集团有限公司投资建设的宝武碳中和产业园一期投运", "宝山区",
         {("中国宝武钢铁集团有限公司", "investsIn", "宝武碳中和产业园")}, set()),
        # a park's branch: the park's place, the short form of the county it is in, then 园
        ("高标准建设中关村密云园，加快密云经济开发区扩区提质", "密云区",
         {("中关村密云园", "locatedIn", "密云区")}, {("Region", "建设中关村")}),
        ("苏州·宿迁工业园区扩区", "宿迁市", {("Project", "苏州·宿迁工业园区")}, {("Project", "宿迁工业园区")}),
        ("保定·中关村创新中心开园", "保定市", {("保定·中关村创新中心", "locatedIn", "保定市")}, set()),
        ("新时代—文明实践中心", "衢州市", set(), {("Project", "新时代—文明实践中心")}),
    ],
)
def test_counted_lists_and_partner_parks(text, region, present, absent):
    assert_found(text, region, present, absent)


# Where a firm's legal name starts: after the verb of what is done to it (吸引, 带动, 对接), after the parent it is
# a subsidiary of (全资子公司), which is a firm too; 同 stands inside names (大同, 同方) and joins partners only after
# the one that speaks; a numbered bureau with its legal form is a state builder, not a body of government.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("成功吸引中国中车集团投资建设轨道交通装备产业园", "株洲市",
         {("中国中车集团", "investsIn", "轨道交通装备产业园")}, {("Enterprise", "吸引中国中车集团")}),
        ("带动江西赣锋锂业股份有限公司等企业集聚", "新余市", {("Enterprise", "江西赣锋锂业股份有限公司")},
         {("Enterprise", "带动江西赣锋锂业股份有限公司")}),
        ("主动对接中国华电集团有限公司", "乌鲁木齐市", {("Enterprise", "中国华电集团有限公司")},
         {("Enterprise", "接中国华电集团有限公司")}),
        ("隆基绿能全资子公司银川隆基光伏科技有限公司扩产", "银川市",
         {("Enterprise", "隆基绿能"), ("Enterprise", "银川隆基光伏科技有限公司")},
         {("Enterprise", "隆基绿能全资子公司")}),
        ("大同煤矿集团有限责任公司投资建设的塔山循环经济园区投运", "大同市",
         {("Enterprise", "大同煤矿集团有限责任公司"),
          ("大同煤矿集团有限责任公司", "investsIn", "塔山循环经济园区")}, set()),
        ("同方股份有限公司投资建设的智慧能源项目签约", "无锡市", {("Enterprise", "同方股份有限公司")}, set()),
        ("市政府同华润集团有限公司签署合作协议", "无锡市", {("Enterprise", "华润集团有限公司")},
         {("Enterprise", "市政府同华润集团有限公司")}),
        ("中国水利水电第七工程局有限公司承建的天府国际机场航站楼项目竣工", "成都市",
         {("中国水利水电第七工程局有限公司", "investsIn", "天府国际机场航站楼项目")},
         {("Initiative", "中国水利水电第七工程")}),
        ("市交通运输局有限公司", "成都市", set(), {("Enterprise", "市交通运输局有限公司")}),
        # a firm's full legal name before its project: two mentions, the firm invests (its short name in brackets
        # between; a long legal name the project's left context would cut); not before words that alone name nothing
        ("湖北兴发化工集团股份有限公司年产20万吨电子级磷酸项目开工", "宜昌市",
         {("Enterprise", "湖北兴发化工集团股份有限公司"), ("Project", "年产20万吨电子级磷酸项目"),
          ("湖北兴发化工集团股份有限公司", "investsIn", "年产20万吨电子级磷酸项目")},
         {("Project", "湖北兴发化工集团股份有限公司年产20万吨电子级磷酸项目")}),
        ("贵州川恒化工股份有限公司（川恒股份）年产10万吨磷酸铁项目投产", "黔南布依族苗族自治州",
         {("贵州川恒化工股份有限公司", "investsIn", "年产10万吨磷酸铁项目")}, set()),
        ("内蒙古鄂尔多斯电力冶金集团股份有限公司年产120万吨硅铁合金项目投产", "鄂尔多斯市",
         {("内蒙古鄂尔多斯电力冶金集团股份有限公司", "investsIn", "年产120万吨硅铁合金项目")}, set()),
        ("浙江天际钢构制造有限公司增资扩产项目开工", "宁波市",
         {("浙江天际钢构制造有限公司", "investsIn", "浙江天际钢构制造有限公司增资扩产项目")},
         {("Project", "增资扩产项目")}),
        # after a firm's legal name, a name of everyday words is the firm's project when it names what is built or
        # made; one that says only how the works go (技术改造, 智能化改造) stays whole
        ("江南特钢（集团）有限公司不锈钢精密带钢工程投产", "无锡市",
         {("Enterprise", "江南特钢（集团）有限公司"), ("Project", "不锈钢精密带钢工程"),
          ("江南特钢（集团）有限公司", "investsIn", "不锈钢精密带钢工程")},
         {("Project", "江南特钢（集团）有限公司不锈钢精密带钢工程")}),
        ("华东油田有限责任公司页岩油开发示范工程加快推进", "东营市",
         {("华东油田有限责任公司", "investsIn", "页岩油开发示范工程")},
         {("Initiative", "东油田有限责任公司页岩油开发示范工程")}),  # a firm's works, no programme
        ("远航汽车科技有限公司智能电动汽车工厂竣工", "合肥市",
         {("远航汽车科技有限公司", "investsIn", "智能电动汽车工厂")}, set()),
        ("浙江天际钢构制造有限公司智能化改造项目完工", "宁波市",
         {("浙江天际钢构制造有限公司", "investsIn", "浙江天际钢构制造有限公司智能化改造项目")},
         {("Project", "智能化改造项目")}),
        # a soft stop (为) inside a name whose rest is everyday words: 华为技术有限公司, not 技术有限公司
        ("市政府与华为技术有限公司签订战略合作协议", "贵阳市", {("Enterprise", "华为技术有限公司")},
         {("Enterprise", "技术有限公司"), ("Initiative", "华为技术有限公司签订战略")}),
        ("这是技术有限公司", "贵阳市", set(), {("Enterprise", "这是技术有限公司")}),
        # a type word that begins another word ends no programme's name
        ("与中国移动签署战略合作框架协议，打造西部陆海新通道战略支点", "钦州市", set(),
         {("Initiative", "中国移动签署战略"), ("Initiative", "西部陆海新通道战略")}),
        ("推出“星期天工程师”引才制度", "衢州市", set(), {("Initiative", "星期天工程")}),
    ],
)
def test_where_a_firms_name_starts(text, region, present, absent):
    assert_found(text, region, present, absent)


def extracted(text: str, region: str | None = None) -> set[tuple]:
    """Entities and relations as `kg extract --jsonl` prints them for one record."""
    from kg.evaluate import predict_records

    (out,) = predict_records([{"id": "t", "text": text, "context": {"region": region} if region else None}])
    return ({(e["type"], e["name"]) for e in out["entities"]}
            | {(r["head"], r["type"], r["tail"]) for r in out["relations"]})


# Firms named without their legal form, where the text says they act as firms; a firm's short name at the
# front of a project's name invests in it, but is no entity of its own (ANNOTATION.md: outermost only); a
# firm's canonical name is the longest the text gives.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("瑞丰科技投资的年产5万吨锂电隔膜项目建成投产", "南通市",
         {("Enterprise", "瑞丰科技"), ("瑞丰科技", "investsIn", "年产5万吨锂电隔膜项目")}, set()),
        ("市人民医院新院区由中铁十四局承建", "济南市", {("Enterprise", "中铁十四局")}, set()),
        ("市交通运输局承建的农村公路完工，社会资本投资建设的项目增多", "济南市", set(),
         {("Enterprise", "市交通运输局"), ("Enterprise", "社会资本")}),
        ("海螺新材料有限公司、华宇光伏等企业扩产", "芜湖市", {("Enterprise", "华宇光伏")}, set()),
        ("远景能源年产10GW光伏组件项目开工", "鄂尔多斯市",
         {("Project", "远景能源年产10GW光伏组件项目"), ("远景能源", "investsIn", "远景能源年产10GW光伏组件项目")},
         {("Enterprise", "远景能源")}),
        ("星宇股份常州基地项目签约", "常州市", {("星宇股份", "investsIn", "星宇股份常州基地项目")},
         {("Enterprise", "星宇股份")}),
        # also before a data centre, a power station or a service station
        ("万国数据庆阳数据中心一期投运，中广核西和县光伏电站并网", "甘肃省",
         {("万国数据", "investsIn", "万国数据庆阳数据中心"), ("中广核", "investsIn", "中广核西和县光伏电站")}, set()),
        ("山东魏桥创业集团有限公司持续增资，魏桥创业集团投资建设的铝深加工项目投产", "滨州市",
         {("Enterprise", "山东魏桥创业集团有限公司"), ("山东魏桥创业集团有限公司", "investsIn", "铝深加工项目")},
         {("Enterprise", "魏桥创业集团")}),
        ("支持恒力集团建设高性能纤维项目", "苏州市",
         {("Project", "高性能纤维项目"), ("恒力集团", "investsIn", "高性能纤维项目")}, set()),
        # a park is no firm, nor a route's start; a zone that builds is no firm either (the firm before it invests)
        ("杭绍台高速绍兴段建成", "绍兴市", set(), {("Enterprise", "杭绍台高速")}),
        ("宏发新材料集团有限公司拟在万州经开区投资建设年产5万吨电池材料项目", "重庆市",
         {("宏发新材料集团有限公司", "investsIn", "年产5万吨电池材料项目")},
         {("Enterprise", "万州经开区"), ("万州经开区", "investsIn", "年产5万吨电池材料项目")}),
        # a party that signs with a region, a government or a zone (and the other way round); not an adverb's
        # clause, a university, a science city or a township (guard)
        ("京能国际与乐陵市签约，市政府与中国石油签署战略合作协议，我县与比亚迪正式签约", "德州市",
         {("Enterprise", "京能国际"), ("Enterprise", "中国石油"), ("Enterprise", "比亚迪")}, set()),
        ("亿纬锂能与开发区签订投资协议，宁德时代旗下邦普循环与福泉市签约", "黔南布依族苗族自治州",
         {("Enterprise", "亿纬锂能"), ("Enterprise", "邦普循环")}, set()),
        ("长寿区还与江苏省常州市武进区签订协议，县政府与上海交大签约，武汉光谷生物城与仙桃高新区签订合作协议", "重庆市",
         set(), {("Enterprise", "长寿区还"), ("Enterprise", "上海交大"), ("Enterprise", "武汉光谷生物城")}),
        # a bureau's group is a firm (no bureau of government is a 集团); partners that sign, then invest together
        ("市政府与中国铁路上海局集团有限公司签署战略合作协议", "上海市",
         {("Enterprise", "中国铁路上海局集团有限公司")}, set()),
        ("锦州港股份有限公司与招商局港口集团签约，共同投资建设锦州港30万吨级原油码头工程", "锦州市",
         {("锦州港股份有限公司", "investsIn", "锦州港30万吨级原油码头工程"),
          ("招商局港口集团", "investsIn", "锦州港30万吨级原油码头工程")}, set()),
        ("锦州港股份有限公司与招商局港口集团签约，投资建设锦州港30万吨级原油码头工程", "锦州市",
         set(), {("招商局港口集团", "investsIn", "锦州港30万吨级原油码头工程")}),  # guard: not together
        ("天津和睦康养产业发展有限公司投资建设团泊湖国际康养社区项目", "天津市",
         {("天津和睦康养产业发展有限公司", "investsIn", "团泊湖国际康养社区项目")}, set()),
        ("华硅新材料科技有限公司与乌达区签约，双方就年产10万吨电子级多晶硅项目达成合作", "乌海市",
         {("Project", "年产10万吨电子级多晶硅项目")}, {("Enterprise", "双方就")}),
        # a branch named again without its parent's legal name
        ("中国石油化工股份有限公司九江分公司扩建芳烃装置。九江分公司投资26亿元建设年产100万吨乙烯项目", "九江市",
         {("中国石油化工股份有限公司九江分公司", "investsIn", "年产100万吨乙烯项目")}, {("Enterprise", "九江分公司")}),
    ],
)
def test_firms_without_legal_form(text, region, present, absent):
    found = extracted(text, region)
    assert present <= found and not absent & found


# How investment news says who invests in a project (ANNOTATION.md: X公司投资建设Y; Y项目由X公司承建): the
# project before 由 and the firms after it; a firm's short name before an amount it invests; partners that
# invest together; firms that invest in projects listed in the same order (分别); a firm that builds in a park.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("滨海污水处理厂三期工程由中节能水务发展有限公司承建。", "盐城市",
         {("中节能水务发展有限公司", "investsIn", "滨海污水处理厂三期工程")}, set()),
        ("年产5万吨高端铜箔项目由江西铜博科技有限公司投资18亿元建设，落户经开区。", "赣州市",
         {("江西铜博科技有限公司", "investsIn", "年产5万吨高端铜箔项目")}, set()),
        ("城东综合管廊项目计划年内开工。该项目总投资30亿元，由安徽海螺集团有限责任公司与中建八局合资建设。", "芜湖市",
         {("安徽海螺集团有限责任公司", "investsIn", "城东综合管廊项目"), ("中建八局", "investsIn", "城东综合管廊项目")},
         set()),
        ("会上，晶科能源投资56亿元的高效电池片项目签约落户。", "上饶市",
         {("Enterprise", "晶科能源"), ("晶科能源", "investsIn", "高效电池片项目")}, set()),
        ("江苏中天科技股份有限公司与亨通光电共同投资20亿元建设海洋光缆产业园项目。", "南通市",
         {("Enterprise", "亨通光电"), ("江苏中天科技股份有限公司", "investsIn", "海洋光缆产业园项目"),
          ("亨通光电", "investsIn", "海洋光缆产业园项目")}, set()),
        ("安徽华塑股份有限公司、淮北矿业股份有限公司分别投资建设年产20万吨烧碱项目和焦炉煤气综合利用项目。", "淮北市",
         {("安徽华塑股份有限公司", "investsIn", "年产20万吨烧碱项目"),
          ("淮北矿业股份有限公司", "investsIn", "焦炉煤气综合利用项目")},
         {("安徽华塑股份有限公司", "investsIn", "焦炉煤气综合利用项目")}),
        ("湖北宜化集团有限责任公司将在姚家港化工园建设年产30万吨磷酸铁项目。", "宜昌市",
         {("Project", "年产30万吨磷酸铁项目"), ("湖北宜化集团有限责任公司", "investsIn", "年产30万吨磷酸铁项目")},
         set()),
        ("安徽华塑股份有限公司、淮北矿业股份有限公司分别投资建设氯碱技改提升和焦炉煤气综合利用项目。", "淮北市",
         {("淮北矿业股份有限公司", "investsIn", "焦炉煤气综合利用项目")},
         {("安徽华塑股份有限公司", "investsIn", "焦炉煤气综合利用项目")}),
        # 双方 opening the clause after an agreement: the firms of the clause before invest (a government is no firm);
        # with three firms named, 双方 says not which two
        ("宏发新材料有限公司与中化国际控股股份有限公司签署合作协议，双方将合资建设年产10万吨锂电池材料项目。", "常州市",
         {("宏发新材料有限公司", "investsIn", "年产10万吨锂电池材料项目"),
          ("中化国际控股股份有限公司", "investsIn", "年产10万吨锂电池材料项目")}, set()),
        ("市政府与远航新能源科技股份有限公司签署战略合作协议，双方将合资建设动力电池循环产业园。", "宜宾市",
         {("远航新能源科技股份有限公司", "investsIn", "动力电池循环产业园")}, set()),
        ("宏发新材料有限公司、中化国际控股股份有限公司和天合光能股份有限公司签约，双方将共同投资建设年产10万吨锂电池材料项目。",
         "常州市", set(), {("天合光能股份有限公司", "investsIn", "年产10万吨锂电池材料项目")}),
        # a firm's agreement with a government (not another firm) and the project it is for: in the agreement's clause,
        # or the one the next clause builds when that clause names no builder of its own
        ("浙江金沃新材料有限公司与龙游县人民政府签订投资协议，计划投资20亿元建设年产5万吨特种纸项目。", "衢州市",
         {("浙江金沃新材料有限公司", "investsIn", "年产5万吨特种纸项目")}, set()),
        ("浙江华友钴业股份有限公司与衢州市签约，将在龙游经济开发区建设新能源材料产业园。", "衢州市",
         {("浙江华友钴业股份有限公司", "investsIn", "新能源材料产业园")}, set()),
        ("柯城区与浙江恒鸣化纤有限公司举行差别化纤维项目签约仪式。", "衢州市",
         {("Project", "差别化纤维项目"), ("浙江恒鸣化纤有限公司", "investsIn", "差别化纤维项目")}, set()),
        ("浙江金沃新材料有限公司与衢州智造新城管委会签约年产10万吨锂电池隔膜项目。", "衢州市",
         {("浙江金沃新材料有限公司", "investsIn", "年产10万吨锂电池隔膜项目")}, set()),
        ("浙江金沃新材料有限公司与浙江华友钴业股份有限公司签订合作协议，将在龙游经济开发区建设储能电站项目。", "衢州市",
         set(), {("浙江金沃新材料有限公司", "investsIn", "储能电站项目")}),
        ("衢州市人民政府与浙江金沃新材料有限公司签订协议，浙江华友钴业股份有限公司将投资建设新能源材料产业园。", "衢州市",
         {("浙江华友钴业股份有限公司", "investsIn", "新能源材料产业园")},
         {("浙江金沃新材料有限公司", "investsIn", "新能源材料产业园")}),
        # a firm that builds as aid (援建), or has built (在…建成)
        ("中国宝武钢铁集团有限公司援建的温宿县人民医院综合楼投入使用。", "阿克苏地区",
         {("中国宝武钢铁集团有限公司", "investsIn", "温宿县人民医院综合楼")}, set()),
        ("中国电力建设集团有限公司在温宿县建成光伏治沙示范基地。", "阿克苏地区",
         {("中国电力建设集团有限公司", "investsIn", "光伏治沙示范基地")}, set()),
        # the firm's amount between it and its verb of building: what it builds is named in everyday words all the same
        ("长白山药业集团股份有限公司投资5.2亿元建设的中药配方颗粒生产基地投产。", "通化市",
         {("Project", "中药配方颗粒生产基地"), ("长白山药业集团股份有限公司", "investsIn", "中药配方颗粒生产基地")},
         set()),
        # a project named after a firm the text names on its own, or after a short name with a firm's ending
        ("支持上汽通用五菱、东风柳汽等龙头企业做大做强，推动东风柳汽新能源商用车项目满产达效。", "柳州市",
         {("东风柳汽", "investsIn", "东风柳汽新能源商用车项目")}, set()),
        ("长信科技车载显示模组项目开工，建设农业科技园、华中科技大学温州研究院，推进金温铁路电气化改造项目。", "芜湖市",
         {("长信科技", "investsIn", "长信科技车载显示模组项目")},
         {("Enterprise", "农业科技"), ("Enterprise", "华中科技"), ("Enterprise", "金温铁路电气")}),
        # villages invest too, and a county's investment is no firm's
        ("双塘、茶山4个村投资90.3万元启动建设生态草坪墓地，全县投资12亿元建设农村公路。", "金华市", set(),
         {("Enterprise", "茶山4个村"), ("Enterprise", "全县")}),
    ],
)
def test_who_invests(text, region, present, absent):
    found = extracted(text, region)
    assert present <= found and not absent & found


# Runs of one-character names before a word of joint development name each region, which cooperate
# (ANNOTATION.md: multi-region abbreviations name each region): a character of one city of the report's
# province, else the standard abbreviation; a run that pairs provinces reads them as provinces.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("推动西咸一体化发展", "西安市",
         {("Region", "咸阳市"), ("咸阳市", "cooperatesWith", "西安市")}, set()),
        ("加快长株潭一体化", "湘潭市",
         {("Region", "株洲市"), ("株洲市", "cooperatesWith", "长沙市"), ("湘潭市", "cooperatesWith", "长沙市")},
         {("Region", "怀化市")}),
        ("深化沪苏同城化", "苏州市", {("上海市", "cooperatesWith", "苏州市")}, set()),
        ("深化闽宁协作", "福州市", {("Region", "宁夏回族自治区"), ("宁夏回族自治区", "cooperatesWith", "福建省")},
         {("Region", "宁德市")}),
        # a pair with a province reads both as provinces (苏 is 江苏省 here, not 苏州市), also before 东西部协作,
        # and also where a township is named after the pair (闽宁镇)
        ("全面深化苏陕协作", "汉中市", {("江苏省", "cooperatesWith", "陕西省")}, {("Region", "苏州市")}),
        ("推动苏浙沪一体化发展", "嘉兴市", {("Region", "江苏省"), ("江苏省", "cooperatesWith", "浙江省")},
         {("Region", "苏州市")}),
        ("深化津甘东西部协作", "定西市", {("天津市", "cooperatesWith", "甘肃省")}, set()),
        ("闽宁协作成效明显", "银川市", {("Region", "福建省"), ("宁夏回族自治区", "cooperatesWith", "福建省")},
         {("Region", "闽宁镇")}),
        ("推进苏锡常一体化发展", "无锡市", {("Region", "苏州市"), ("常州市", "cooperatesWith", "苏州市")},
         {("Region", "江苏省")}),
        # before 对口合作 and 同城; a run of provinces' abbreviations pairs provinces (辽 is 辽宁省, not 辽阳市 of the
        # report's province); the words of cooperation are no initiative, quoted or not
        ("辽苏对口合作不断深化", "鞍山市", {("Region", "辽宁省"), ("江苏省", "cooperatesWith", "辽宁省")},
         {("Region", "辽阳市"), ("Region", "苏州市")}),
        ("黑广对口合作走深走实", "大庆市", {("广东省", "cooperatesWith", "黑龙江省")}, set()),
        ("“广佛同城”纵深推进", "佛山市", {("佛山市", "cooperatesWith", "广州市")}, {("Initiative", "广佛同城")}),
        ("推进“闽宁协作”", "银川市", {("宁夏回族自治区", "cooperatesWith", "福建省")}, {("Initiative", "闽宁协作")}),
        # a name of its own, and everyday words, are no run
        ("推进京津冀协同发展，加快城乡一体化", "保定市", {("Initiative", "京津冀协同发展")},
         {("北京市", "cooperatesWith", "天津市"), ("天津市", "cooperatesWith", "河北省"), ("Region", "北京市"),
          ("Region", "天津市"), ("Region", "京津冀")}),
    ],
)
def test_joint_development_runs(text, region, present, absent):
    found = extracted(text, region)
    assert present <= found and not absent & found


# holdsPost from the posts written before a name (ANNOTATION.md: 永康市人民政府市长朱志杰): a party committee's
# post names its region by the level's character (包头市委书记); a list of posts with 、 or 兼 gives each of
# its regions; a post without its region is one of the report's own region where that region's name ends
# in the level's word, or of the region named for the same level just before in the sentence.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("开工仪式上，湖州市委书记钱海东宣布开工。", "湖州市", {("钱海东", "holdsPost", "湖州市")}, set()),
        ("丽水市副市长、松阳县委书记胡晓峰出席活动。", "丽水市",
         {("胡晓峰", "holdsPost", "丽水市"), ("胡晓峰", "holdsPost", "松阳县")}, set()),
        ("江西省委常委、赣州市委书记兼赣州经开区工委书记吴立明致辞。", None,
         {("吴立明", "holdsPost", "江西省"), ("吴立明", "holdsPost", "赣州市")}, set()),
        ("签约仪式上，区委书记孙建平、区长叶小娟出席，副区长、经开区管委会主任陈立强主持。", "柯桥区",
         {("孙建平", "holdsPost", "柯桥区"), ("叶小娟", "holdsPost", "柯桥区"), ("陈立强", "holdsPost", "柯桥区")},
         set()),
        ("台州市委书记李振宇、市长周海涛出席。", "浙江省", {("周海涛", "holdsPost", "台州市")}, set()),
        ("县长 买买提江·吐尔地 各位代表", "和田县", {("买买提江·吐尔地", "holdsPost", "和田县")}, set()),
        # a name before what the person does at the event: witnesses, accompanies, inspects
        ("市委书记周立新见证签约，副市长何海波陪同考察。", "曲靖市",
         {("周立新", "holdsPost", "曲靖市"), ("何海波", "holdsPost", "曲靖市")}, set()),
        # names listed under one post hold it each; a name after another post holds that one
        ("副市长李明、陈小红出席开工仪式。", "曲靖市",
         {("李明", "holdsPost", "曲靖市"), ("陈小红", "holdsPost", "曲靖市")}, set()),
        ("旗委书记王颖、旗长乌力吉巴图出席。", "苏尼特左旗",
         {("王颖", "holdsPost", "苏尼特左旗"), ("乌力吉巴图", "holdsPost", "苏尼特左旗")}, set()),
        # a post without its region in another region's report, and a body that is no region
        ("省长王小平在全省经济工作会议上强调", "温州市", set(), {("王小平", "holdsPost", "温州市")}),
        ("园区党委书记张海军介绍", "余杭区", set(), {("张海军", "holdsPost", "余杭区")}),
    ],
)
def test_posts_before_a_name(text, region, present, absent):
    found = relations(text, region)
    assert present <= found and not absent & found


# Where a project is, said around it: the region a firm builds it in (在…建设的), the region it starts or
# settles in (项目在…投产, 落户…), the region 位于 names before the projects of its clause. Of a chain of
# regions, a prefecture before a county only says where the county is; a county before a township is kept.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("湖南裕能新能源电池材料股份有限公司在湘乡市建设的磷酸锰铁锂项目建成投产。", "湘潭市",
         {("磷酸锰铁锂项目", "locatedIn", "湘乡市")}, set()),
        ("比亚迪股份有限公司投资建设的年产20万辆整车项目一期在长丰县正式投产。", "合肥市",
         {("年产20万辆整车项目", "locatedIn", "长丰县")}, set()),
        ("总投资80亿元的锂电池正极材料产业园落户宁乡市金洲镇。", "长沙市",
         {("锂电池正极材料产业园", "locatedIn", "金洲镇")}, {("锂电池正极材料产业园", "locatedIn", "宁乡市")}),  # innermost
        ("年产10万吨电解液项目在宜春市袁州区开工。", "江西省",
         {("年产10万吨电解液项目", "locatedIn", "袁州区")}, {("年产10万吨电解液项目", "locatedIn", "宜春市")}),
        ("光伏组件项目由某某新能源科技有限公司投资建设，落户高平市马村镇。", "晋城市",
         {("光伏组件项目", "locatedIn", "马村镇")}, {("某某新能源科技有限公司", "locatedIn", "高平市")}),
        ("同日，位于富阳区的智能装备产业园、年产5万吨铜箔项目同步开工。", "杭州市",
         {("智能装备产业园", "locatedIn", "富阳区"), ("年产5万吨铜箔项目", "locatedIn", "富阳区")}, set()),
        # a place opening the next item starts a clause of its own: a place is never located
        ("全市已开工建设位于山亭区徐庄镇的翼云康养小镇、峄城区的石榴精深加工产业园等亿元以上项目。", "枣庄市",
         {("翼云康养小镇", "locatedIn", "徐庄镇"), ("石榴精深加工产业园", "locatedIn", "峄城区")},
         {("峄城区", "locatedIn", "山亭区"), ("峄城区", "locatedIn", "徐庄镇")}),
        # the region that opens the clause brings the project in
        ("临清市新引进年产10万吨轴承钢项目，茌平区签约落地铝精深加工产业园。", "聊城市",
         {("年产10万吨轴承钢项目", "locatedIn", "临清市"), ("铝精深加工产业园", "locatedIn", "茌平区")}, set()),
        # …and so does a place opening the next item's own name
        ("位于江山市贺村镇的年产300万套高端门业智能工厂项目、龙游抽水蓄能电站配套工程等同步开工。", "衢州市",
         {("年产300万套高端门业智能工厂项目", "locatedIn", "贺村镇"), ("龙游抽水蓄能电站配套工程", "locatedIn", "龙游县")},
         {("龙游抽水蓄能电站配套工程", "locatedIn", "贺村镇"), ("龙游抽水蓄能电站配套工程", "locatedIn", "江山市")}),
        # a city or county of the report's province after a firm's brand inside the name (not one of another province)
        ("推动天合光能宿迁基地三期、长城汽车永川工厂技改项目建设", "江苏省",
         {("天合光能宿迁基地", "locatedIn", "宿迁市")}, {("长城汽车永川工厂技改项目", "locatedIn", "永川区")}),
        ("长城汽车永川工厂技改项目竣工", "重庆市", {("长城汽车永川工厂技改项目", "locatedIn", "永川区")}, set()),
        # a brand that holds a far city's short form (宁德时代 in a report of 肇庆)
        ("宁德时代肇庆动力电池生产基地项目开工", "肇庆市",
         {("宁德时代肇庆动力电池生产基地项目", "locatedIn", "肇庆市")},
         {("宁德时代肇庆动力电池生产基地项目", "locatedIn", "宁德市")}),
        # a province after a brand locates a project, in a report of any province; in a firm's name it names the firm's
        # provincial arm (the second row is a guard)
        ("特斯拉上海超级工厂二期投产", "浙江省", {("特斯拉上海超级工厂", "locatedIn", "上海市")}, set()),
        ("中国石化上海石油化工股份有限公司增资扩产", "上海市", set(),
         {("中国石化上海石油化工股份有限公司", "locatedIn", "上海市")}),
        # a ceremony held in a region, and a clause that ends at 落地
        ("年产3万吨碳纤维项目在杭州签约，总投资30亿元。", "衢州市", set(), {("年产3万吨碳纤维项目", "locatedIn", "杭州市")}),
        ("促成文旅综合体项目落地、东阳横店影视城扩容", "金华市", set(), {("文旅综合体项目", "locatedIn", "东阳市")}),
        # a branch park lies in the place written before 分园, not in its parent park's
        ("加快滨江高新园区衢州分园落地建设", "衢州市", {("滨江高新园区衢州分园", "locatedIn", "衢州市")},
         {("滨江高新园区衢州分园", "locatedIn", "滨江区")}),
        # a place after 中国 and a dash is China's partner, not where the project is; one in brackets is
        ("推动中国—上海合作组织地方经贸合作示范区建设", "青岛市", set(),
         {("中国—上海合作组织地方经贸合作示范区", "locatedIn", "上海市")}),  # guard
        ("中国—东盟（凭祥）水果交易中心年交易量增长", "崇左市", {("中国—东盟（凭祥）水果交易中心", "locatedIn", "凭祥市")},
         set()),
    ],
)
def test_where_a_project_is(text, region, present, absent):
    found = relations(text, region)
    assert present <= found and not absent & found


@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        # a township's or community's short form, then 村: a village by the name written
        ("杏坛镇逢简村、均安镇沙头村入选省级典型村培育名单", "顺德区",
         {("Region", "沙头村")}, {("Region", "沙头社区")}),
        ("兴隆镇田家沟村、永兴镇茅坪村入选全国乡村旅游重点村", "湄潭县",
         {("Region", "茅坪村")}, {("Region", "茅坪镇")}),
        # counties that became districts or cities after the division table was made take their current names
        ("湟中区、湟源县县域经济稳步提升", "西宁市", {("Region", "湟中区")}, {("Region", "湟中县")}),
        ("无为县、南陵县县域经济加快发展", "芜湖市", {("Region", "无为市")}, {("Region", "无为县")}),
        # programmes counted after an unquoted list, the count in quotes
        ("全力实施煤炭保供、电力外送、新能源倍增“三大工程”", "哈密市",
         {("Initiative", "煤炭保供工程"), ("Initiative", "电力外送工程"), ("Initiative", "新能源倍增工程")}, set()),
        # one character, or a word that the type word begins, names no project
        ("全力拼经济、抓项目、优环境", "晋江市", set(), {("Project", "抓项目"), ("Project", "拼经济项目")}),
        # adverbs and verbs of resolve, batches and years open no name; a line held or rolled off is no line built
        ("坚定不移抓项目、稳工业", "鞍山市", set(), {("Project", "坚定不移抓项目")}),
        # 全面振兴 is a phrase, not the adverb 全面 before a verb; 我们 opens no name
        ("过去一年，我们以全面振兴新突破三年行动为牵引", "鞍山市", {("Initiative", "全面振兴新突破三年行动")},
         {("Initiative", "振兴新突破三年行动"), ("Initiative", "我们以全面振兴新突破三年行动")}),
        ("（一）坚决守护好南水北调中线工程", "淅川县", {("Project", "南水北调中线工程")},
         {("Project", "坚决守护好南水北调中线工程")}),
        ("据介绍，这批项目全部建成后，预计可新增就业岗位2600余个", "扎兰屯市", set(), {("Project", "这批项目")}),
        ("去年合作区新增规上工业企业58家", "清远市", set(), {("Project", "去年合作区")}),
        ("是上海市与江苏省合作共建的省际产业合作园区", "盐城市", set(), {("Project", "际产业合作园")}),
        ("进一步畅通对外物流通道", "德阳市", set(), {("Project", "外物流通道")}),
        ("力争年底前实现首批产品下线", "保山市", set(), {("Project", "产品下线")}),
        ("坚决守牢耕地保护红线", "金华市", set(), {("Project", "耕地保护红线"), ("Project", "坚决守牢耕地保护红线")}),
        ("着力让辽阳这座老工业基地焕发新活力", "辽阳市", set(), {("Project", "让辽阳这座老工业基地")}),
        ("全年实施援疆项目58个", "阿克苏地区", set(), {("Project", "援疆项目")}),
        ("拓展对俄经贸合作，建设对俄物流通道", "黑河市", set(), {("Project", "俄物流通道")}),
        # verbs of making, widening, opening and following open no name
        ("动工建设大洋湖生态休闲养生养老项目", "庆元县", {("Project", "大洋湖生态休闲养生养老项目")},
         {("Project", "动工建设大洋湖生态休闲养生养老项目")}),
        ("既要打开杭衢高铁有形大通道", "衢州市", {("Project", "杭衢高铁有形大通道")},
         {("Project", "打开杭衢高铁有形大通道")}),
        ("加大泽雅水库保护力度", "温州市", {("Project", "泽雅水库")}, {("Project", "加大泽雅水库")}),
        ("放大跨境电商综合试验区效应", "义乌市", {("Project", "跨境电商综合试验区")},
         {("Project", "放大跨境电商综合试验区")}),
        ("按照一类标准提升县乡村三级矛调中心规范化水平", "浦江县", set(),
         {("Project", "按照一类标准提升县乡村三级矛调中心")}),
        ("建造新时代文明实践中心", "永康市", set(), {("Project", "建造新时代文明实践中心")}),
        ("谱写中国式现代化新区篇章", "金华市", set(), {("Project", "谱写中国式现代化新区")}),
        ("高品质建设仙湖生态度假区", "庆元县", {("Project", "仙湖生态度假区")}, {("Project", "高品质建设仙湖生态度假区")}),
        ("率全国之先发布民生实事项目", "永康市", set(), {("Project", "率全国之先发布民生实事项目")}),
        # 由 (by) opens no name: what a firm builds is named before it, the firm after it; 工程局 is a builder
        ("安化至邵阳高速公路隆回段由中国铁建大桥工程局集团有限公司承建", "隆回县",
         {("Project", "安化至邵阳高速公路隆回段"), ("Enterprise", "中国铁建大桥工程局集团有限公司")},
         {("Project", "安化至邵阳高速公路隆回段由中国铁建大桥")}),
        ("县城供排水管网改造工程由中国水利水电第九工程局有限公司承建", "南木林县",
         {("Project", "县城供排水管网改造工程"), ("Enterprise", "中国水利水电第九工程局有限公司")}, set()),
        ("江西自由王国家具有限公司落户", "南康区", {("Enterprise", "江西自由王国家具有限公司")}, set()),  # 自由 holds 由
        ("中央大街步行街改造提升工程全面完工", "道里区", {("Project", "中央大街步行街改造提升工程")},
         {("Initiative", "中央大街步行街改造提升工程")}),  # a street's works are built
        # a county whose name opens with a stop character (将乐县: 将) is read whole
        ("中国石化投资建设将乐县综合能源服务站项目，深化将乐县集体林权制度改革", "将乐县",
         {("Project", "将乐县综合能源服务站项目"), ("Initiative", "集体林权制度改革")},
         {("Project", "乐县综合能源服务站项目"), ("Initiative", "乐县集体林权制度改革")}),
        # words before 村 or 社区 that name a kind, a count or a title, not a village
        ("培育淘宝镇5个、淘宝村12个，每月评选出最美村和最差村", "永康市", set(),
         {("Region", "淘宝村"), ("Region", "最差村"), ("Region", "最美村")}),
        ("建成众创社区1个，逐步建成居家社区机构相协调的养老服务体系", "金华市", set(),
         {("Region", "众创社区"), ("Region", "居家社区")}),
        ("继续推进百团联百村结对帮扶行动，推进星源跨村联建安置点建设", "金东区", set(),
         {("Region", "百团联百村"), ("Region", "星源跨村")}),
        ("创建“高质量就业”村居", "永康市", set(), {("Region", "“高质量就业”村"), ("Region", "高质量就业村")}),
        # a list one has entered is a title, not a project or programme
        ("义乌云驿小镇入围第五批省级特色小镇创建名单", "金华市", set(),
         {("Project", "第五批省级特色小镇"), ("Project", "入围第五批省级特色小镇")}),  # guard
        ("强势入围省“万亩千亿”新产业平台", "衢州市", set(), {("Project", "强势入围省万亩千亿新产业平台")}),
        ("涪江上游水土保持综合治理工程开工", "绵阳市", {("Project", "涪江上游水土保持综合治理工程")}, set()),  # guard
        ("俄罗斯原油加工优化增效改造项目投产", "辽阳市", {("Project", "俄罗斯原油加工优化增效改造项目")}, set()),  # guard
        # a quoted slogan before the theme it is (工作主线) is no programme
        ("紧紧围绕“绿色转型、美丽富民”工作主线", "浦江县", set(),
         {("Initiative", "绿色转型、美丽富民"), ("Project", "绿色转型、美丽富民工作主线")}),
        ("推动辽宁沿海港口错位发展，力争年内具备开港条件", "大连市", set(),
         {("Project", "辽宁沿海港"), ("Project", "年内具备开港")}),
        ("为襄阳加快建设省域副中心城市作出更大贡献", "襄阳市", set(), {("Project", "域副中心"), ("Project", "省域副中心")}),
        # words that end a name's left context
        ("将进一步做强崖州湾科技城种业", "三亚市", {("Project", "崖州湾科技城")}, set()),
        ("做强哈密高新技术产业开发区", "哈密市", {("Project", "哈密高新技术产业开发区")}, set()),
        ("与浙江省衢州市续签浙赣边际合作示范区协议", "上饶市", {("Project", "浙赣边际合作示范区")}, set()),
        # an ordinal is no count; 及 between two outputs of one project; an eco-city is a zone, no region
        ("支持空客公司在滨海新区建设的A320系列飞机第二条总装线稳定交付", "天津市",
         {("Project", "A320系列飞机第二条总装线")}, {("Project", "总装线")}),
        ("推动天津南港120万吨/年乙烯及下游高端新材料产业集群项目全面达产", "天津市",
         {("Project", "天津南港120万吨/年乙烯及下游高端新材料产业集群项目")}, {("Project", "天津南港")}),
        # everyday words after 及 go on a name begun before it; not after 以及 (a list), a count's words, or a whole
        # project's name before 及
        ("华晟储能电芯及系统集成项目开工", "宣城市", {("Project", "华晟储能电芯及系统集成项目")}, set()),
        ("推进跨境贸易展示配送中心、海外仓以及华侨进出口商品基地等平台建设", "义乌市", set(),
         {("Project", "海外仓以及华侨进出口商品基地")}),
        ("开展路面改造、景观绿化等一系列村景及运营设施项目建设", "绍兴市", set(),
         {("Project", "一系列村景及运营设施项目")}),
        ("城北污水处理厂及配套管网工程完工", "金华市", {("Project", "城北污水处理厂")},
         {("Project", "城北污水处理厂及配套管网工程")}),
        # what follows 及 need not be everyday words (下游聚酯纤维); a park's name may be everyday words throughout;
        # a place opening what follows 及 opens a name of its own
        ("推动己二腈及下游聚酯纤维项目建设", "金华市", {("Project", "己二腈及下游聚酯纤维项目")},
         {("Project", "下游聚酯纤维项目")}),
        ("建设新能源汽车及零部件产业园", "金华市", {("Project", "新能源汽车及零部件产业园")},
         {("Project", "零部件产业园")}),
        ("实施老旧管网改造及金东污水处理厂扩建工程", "金华市", {("Project", "金东污水处理厂扩建工程")},
         {("Project", "老旧管网改造及金东污水处理厂扩建工程")}),  # guard
        # a place joined by a dash to what follows opens the name (the second need not be a place: 豫北); not after a
        # double dash (an aside)
        ("长治—豫北500千伏输电工程建成投运", "长治市", {("Project", "长治—豫北500千伏输电工程")},
         {("Project", "豫北500千伏输电工程")}),
        ("全市最大的项目——宜昌高新产业园开工", "宜昌市", {("Project", "宜昌高新产业园")}, set()),  # guard
        # more kinds of parks and zones: 化工园, 软件园, 装备园, 协作区 (and 化工园区: the longer type word; 小微园区 alone
        # is a kind)
        ("推动白洋化工园区和猇亭化工园转型升级，建成临港软件园、电子信息装备园", "宜昌市",
         {("Project", "白洋化工园区"), ("Project", "猇亭化工园"), ("Project", "临港软件园"), ("Project", "电子信息装备园")},
         set()),
        ("与十堰市共建汉江流域新材料产业协作区", "襄阳市", {("Project", "汉江流域新材料产业协作区")}, set()),
        ("全省小微园区建设现场会在我市召开", "宜昌市", set(), {("Project", "小微园区"), ("Project", "小微园")}),
        # 中国 and its partner joined by a dash open a name (中国—上海合作组织: a stop word inside a name)
        ("推进中国—东盟信息港建设", "南宁市", {("Project", "中国—东盟信息港")}, {("Project", "东盟信息港")}),
        ("推动中国—上海合作组织地方经贸合作示范区建设", "青岛市", {("Project", "中国—上海合作组织地方经贸合作示范区")},
         {("Region", "上海市")}),
        ("推动中新天津生态城提升能级", "天津市", {("Project", "中新天津生态城")}, {("Region", "中新天津生态城")}),
        # 第二大 is a rank, not an ordinal of a facility; a park of farming keeps its 园区
        ("打造省内第二大铁路枢纽", "金华市", set(), {("Project", "内第二大铁路枢纽")}),
        ("建设金东现代农业园区", "金华市", {("Project", "金东现代农业园区")}, set()),
        # 和 inside a place's name stops no project's name (太和县, 平和县)
        ("加快太和县中医院新院区、临泉县体育中心建设", "阜阳市", {("Project", "太和县中医院新院区")},
         {("Project", "县中医院新院区")}),
        ("推动国投平和县抽水蓄能电站开工", "漳州市", {("Project", "国投平和县抽水蓄能电站")}, {("Project", "县抽水蓄能电站")}),
        # 山海协作 after a short form: no mountain
        ("推进武义—海宁山海协作生态旅游文化产业园建设", "武义县", {("Project", "武义—海宁山海协作生态旅游文化产业园")}, set()),
    ],
)
def test_villages_programmes_and_name_edges(text, region, present, absent):
    found = entities(text, region)
    assert present <= found and not absent & found


@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        # the projects opened or built in a region, listed after it
        ("在三亚市崖州区开工的南繁育种国际合作基地、深海科技创新公共平台等11个项目", "海南省",
         {("南繁育种国际合作基地", "locatedIn", "崖州区"), ("深海科技创新公共平台", "locatedIn", "崖州区")}, set()),
        ("在陈埭镇建设智能鞋服产业园、鞋材检测中心", "晋江市",
         {("智能鞋服产业园", "locatedIn", "陈埭镇"), ("鞋材检测中心", "locatedIn", "陈埭镇")}, set()),
        # a list after a region and a verb that does not place it (共建 with a partner)
        ("与衢州市共建智能鞋服产业园、鞋材检测中心", "晋江市", set(),
         {("智能鞋服产业园", "locatedIn", "衢州市"), ("鞋材检测中心", "locatedIn", "衢州市")}),
    ],
)
def test_where_listed_projects_are(text, region, present, absent):
    found = relations(text, region)
    assert present <= found and not absent & found


@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        # the project named before: P建成投产，项目位于Y; P由…建设，选址位于Y; 该项目建于Y
        ("海信家电集团股份有限公司投资建设的海信南方智能制造基地建成投产，项目位于容桂街道。", "顺德区",
         {("海信南方智能制造基地", "locatedIn", "容桂街道")}, set()),
        ("新能源商用车基地项目由东风汽车股份有限公司投资32亿元建设，选址位于高新区团山镇。", "襄阳市",
         {("新能源商用车基地项目", "locatedIn", "团山镇"), ("东风汽车股份有限公司", "investsIn", "新能源商用车基地项目")},
         set()),
        ("加快建设年产1500万吨煤炭分级提质清洁利用项目，该项目建于伊吾县淖毛湖镇。", "哈密市",
         {("年产1500万吨煤炭分级提质清洁利用项目", "locatedIn", "淖毛湖镇")}, set()),
        # a zone is where it is: the region its name opens with
        ("推动古雷炼化一体化项目二期全面投产，该项目位于漳州市古雷港经济开发区。", "福建省",
         {("古雷炼化一体化项目", "locatedIn", "漳州市")}, set()),
        ("中国石化海南炼油化工有限公司投资的年产100万吨乙烯项目二期工程当日开工，项目位于儋州市洋浦经济开发区。", "海南省",
         {("年产100万吨乙烯项目", "locatedIn", "儋州市"),
          ("中国石化海南炼油化工有限公司", "investsIn", "年产100万吨乙烯项目")}, set()),
        # a firm's brand that ends in 的 opens the project's name
        ("美的集团股份有限公司投资45亿元在北滘镇建设美的全球智能制造创新中心。", "顺德区",
         {("美的全球智能制造创新中心", "locatedIn", "北滘镇"), ("美的集团股份有限公司", "investsIn", "美的全球智能制造创新中心")},
         {("美的集团股份有限公司", "investsIn", "全球智能制造创新中心")}),
    ],
)
def test_the_project_named_before_and_brands(text, region, present, absent):
    found = relations(text, region)
    assert present <= found and not absent & found


@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        # what a firm builds, with 投资的, its short name in brackets, its amount and a comma before 建设
        ("河钢集团有限公司投资的唐钢新区全流程超低排放改造工程通过验收。", "唐山市",
         {("河钢集团有限公司", "investsIn", "唐钢新区全流程超低排放改造工程")}, set()),
        ("湖北骆驼新能源科技有限公司投资25亿元，建设年产10GWh储能电池项目。", "襄阳市",
         {("湖北骆驼新能源科技有限公司", "investsIn", "年产10GWh储能电池项目")}, set()),
        ("中创新航科技集团股份有限公司（以下简称“中创新航”）拟增资50亿元，在金坛经济开发区投建年产20GWh动力电池扩能项目。",
         "常州市", {("中创新航科技集团股份有限公司", "investsIn", "年产20GWh动力电池扩能项目")}, set()),
        # production lines named by their output or generation; parks of processing
        ("长沙惠科光电有限公司投资建设的第8.6代超高清新型显示器件生产线实现满产满销。", "浏阳市",
         {("长沙惠科光电有限公司", "investsIn", "第8.6代超高清新型显示器件生产线")}, set()),
        ("光明食品（集团）有限公司投资建设的腾冲高原特色农产品加工园一期投产。", "腾冲市",
         {("光明食品（集团）有限公司", "investsIn", "腾冲高原特色农产品加工园"),
          ("腾冲高原特色农产品加工园", "locatedIn", "腾冲市")}, set()),
        # a project named after the brand of a firm the paragraph names
        ("安踏体育用品集团有限公司持续增资扩产，安踏全球零售运营中心建成投用。", "晋江市",
         {("安踏体育用品集团有限公司", "investsIn", "安踏全球零售运营中心")}, set()),
        ("中国电子信息产业集团有限公司签约落户，中国川菜产业园加快建设。", "成都市", set(),
         {("中国电子信息产业集团有限公司", "investsIn", "中国川菜产业园")}),
    ],
)
def test_who_builds_what(text, region, present, absent):
    found = relations(text, region)
    assert present <= found and not absent & found


@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("上饶捷泰新能源科技有限公司投资建设的年产8GW N型高效电池项目全面投产", "上饶市",
         {("Project", "年产8GW N型高效电池项目")}, {("Project", "N型高效电池项目")}),
        # what a project installs or builds inside, and a kind counted by its area, are no projects
        ("卫华集团有限公司投资25亿元建设智能起重装备数字化工厂项目，将新上全自动焊接生产线和5G智慧车间", "长垣市",
         set(), {("Project", "全自动焊接生产线"), ("Project", "新上全自动焊接生产线")}),
        ("项目由江苏时代新能源科技有限公司投资建设，主要建设动力电池及储能电池生产线", "溧阳市",
         set(), {("Project", "储能电池生产线")}),
        ("昭陵镇、骏马镇新建苹果标准化示范园1.2万亩", "礼泉县", set(), {("Project", "苹果标准化示范园")}),
    ],
)
def test_names_with_spaces_and_what_is_built_inside(text, region, present, absent):
    found = entities(text, region)
    assert present <= found and not absent & found


# Firms a project's name opens with: a group (森林集团, where 森林 is an everyday word) and a brand before a sector's
# word (恒拓半导体; not 海上风电, 有机硅新材料, where the words name a sector); the brand's project, not the brand, lies
# where the text says. Industry leaders listed (等行业龙头) are firms; a builder listed after the investor invests too.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("远航新能、海星电子、东方电缆股份有限公司等行业龙头相继落户", "宁波市",
         {("Enterprise", "远航新能"), ("Enterprise", "海星电子")}, set()),
        ("推进西湖、千岛湖等龙头景区提档升级", "杭州市", set(), {("Enterprise", "西湖")}),
        ("推动森林集团木结构装配式建筑项目投产", "伊春市", {("森林集团", "investsIn", "森林集团木结构装配式建筑项目")}, set()),
        ("加快建设恒拓半导体8英寸晶圆制造项目", "无锡市", {("恒拓半导体", "investsIn", "恒拓半导体8英寸晶圆制造项目")}, set()),
        ("推进海上风电运维基地项目、有机硅新材料项目建设", "盐城市", set(),
         {("Enterprise", "海上风电"), ("Enterprise", "有机硅新材")}),
        ("鼓楼区的瑞晟光伏组件扩产项目开工", "徐州市",
         {("瑞晟光伏", "investsIn", "瑞晟光伏组件扩产项目"), ("瑞晟光伏组件扩产项目", "locatedIn", "鼓楼区")},
         {("瑞晟光伏", "locatedIn", "鼓楼区")}),
        ("加快建设城东污水处理厂、邳州市的港上物流园", "徐州市", {("港上物流园", "locatedIn", "邳州市")}, set()),
        ("推动中塘镇、太平镇的都市农业产业园提质升级", "滨海新区", set(), {("都市农业产业园", "locatedIn", "太平镇")}),
        ("互助县第二人民医院建成投用", "海东市", {("互助县第二人民医院", "locatedIn", "互助土族自治县")}, set()),
        ("年产5万吨电子化学品项目开工，该项目由甲方新材料有限公司投资建设、中铁十四局集团有限公司承建", "南通市",
         {("甲方新材料有限公司", "investsIn", "年产5万吨电子化学品项目"),
          ("中铁十四局集团有限公司", "investsIn", "年产5万吨电子化学品项目")}, set()),
        # the builder in a clause of its own after a comma; not a builder with a project of its own (guard)
        ("年产20GWh储能电池项目由鄂南新能源科技有限公司投资建设，中建三局集团有限公司承建。", "咸宁市",
         {("中建三局集团有限公司", "investsIn", "年产20GWh储能电池项目")}, set()),
        ("城西污水处理厂由甲方水务有限公司投资建设，乙方建设有限公司承建的城东大桥同步开工。", "咸宁市",
         {("乙方建设有限公司", "investsIn", "城东大桥")}, {("乙方建设有限公司", "investsIn", "城西污水处理厂")}),
    ],
)
def test_brands_sectors_and_builders(text, region, present, absent):
    assert_found(text, region, present, absent)


# Aid (对口支援, 帮扶, 援青): the regions listed on one side give it to, or get it from, the other side (or the report's
# region), never to each other; 分别 pairs them in order; a province written before an item is no gap in the list.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("北京市、天津市对口支援力度持续加大，全年落实援疆资金10亿元", "和田地区",
         {("北京市", "cooperatesWith", "和田地区"), ("和田地区", "cooperatesWith", "天津市")},
         {("北京市", "cooperatesWith", "天津市")}),
        ("杭州市上城区、西湖区对口支援昌都市工作扎实推进", "杭州市",
         {("上城区", "cooperatesWith", "昌都市"), ("昌都市", "cooperatesWith", "西湖区")},
         {("上城区", "cooperatesWith", "西湖区")}),
        ("宁波市、温州市分别对口支援察隅县和墨脱县", "浙江省",
         {("宁波市", "cooperatesWith", "察隅县"), ("墨脱县", "cooperatesWith", "温州市")},
         {("宁波市", "cooperatesWith", "温州市"), ("宁波市", "cooperatesWith", "墨脱县")}),
        ("持续做好对新疆阿克苏地区、西藏那曲市、青海海西蒙古族藏族自治州的对口支援", "浙江省",
         {("浙江省", "cooperatesWith", "阿克苏地区"), ("浙江省", "cooperatesWith", "那曲市")},
         {("那曲市", "cooperatesWith", "阿克苏地区")}),
        ("北京、上海2省市对口援青投入资金8亿元", "青海省",
         {("北京市", "cooperatesWith", "青海省"), ("上海市", "cooperatesWith", "青海省")}, set()),
        ("深入开展对口支援新疆克州、西藏那曲市和对口帮扶贵州省铜仁市工作", "江苏省",
         {("江苏省", "cooperatesWith", "那曲市"), ("江苏省", "cooperatesWith", "铜仁市")},
         {("那曲市", "cooperatesWith", "铜仁市"), ("江苏省", "cooperatesWith", "贵州省")}),
        # A援建的B: the giver and the report's region where B lies in it, else the place that opens B's name; not where
        # 在 says the place before 援建 is where it is built
        ("唐山市援建的平武县人民医院住院综合楼投入使用", "平武县", {("唐山市", "cooperatesWith", "平武县")}, set()),
        ("建成投用上海援建的日喀则上海实验学校新校区和山东援建的桑珠孜区乡村振兴示范园", "日喀则市",
         {("上海市", "cooperatesWith", "日喀则市"), ("山东省", "cooperatesWith", "日喀则市")},
         {("山东省", "cooperatesWith", "桑珠孜区")}),
        ("在泾源县黄花乡援建茶叶展销中心", "安溪县", set(), {("安溪县", "cooperatesWith", "黄花乡")}),  # guard
    ],
)
def test_aid_lists(text, region, present, absent):
    assert_found(text, region, present, absent)


# National new areas are places (Regions that locate projects), not development zones; a "project" that is only places
# (a city and its district 滨海新区) is those places; a branch named after its place is in that place, not in its
# institution's seat; a place's own reform is no named programme.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("支持重庆长安汽车在两江新区投资建设长安汽车全球研发中心", "重庆市",
         {("Region", "两江新区"), ("长安汽车全球研发中心", "locatedIn", "两江新区")}, {("Project", "两江新区")}),
        ("雄安新区党工委书记刘振华出席开工仪式", None, {("Region", "雄安新区")}, {("Project", "雄安新区"), ("Region", "安新县")}),
        ("推动天津市滨海新区高质量发展", None, {("Region", "天津市"), ("Region", "滨海新区"), ("滨海新区", "partOf", "天津市")},
         {("Project", "天津市滨海新区")}),
        ("支持上海市浦东新区打造社会主义现代化建设引领区", None, {("Region", "浦东新区"), ("浦东新区", "partOf", "上海市")},
         {("Project", "上海市浦东新区")}),
        ("北京四中雄安校区、宣武医院雄安院区建成投用", "河北省",
         {("北京四中雄安校区", "locatedIn", "雄安新区"), ("宣武医院雄安院区", "locatedIn", "雄安新区")},
         {("北京四中雄安校区", "locatedIn", "北京市")}),
        ("深化金普新区改革创新", "辽宁省", {("Region", "金普新区")}, {("Initiative", "金普新区改革")}),
        # zones stay Projects, named campaigns of a place stay Initiatives
        ("建设杭州高新区和苏州工业园区", None, {("Project", "杭州高新区"), ("Project", "苏州工业园区")}, set()),
        ("打赢湖北保卫战、武汉保卫战", "湖北省", {("Initiative", "湖北保卫战"), ("Initiative", "武汉保卫战")}, set()),
    ],
)
def test_new_areas_and_places_named_as_projects(text, region, present, absent):
    assert_found(text, region, present, absent)


# A comprehensive bonded zone (综合保税区) is a development zone, a Project in the place its name begins with; the bare
# words 保税区 and 综合保税区 (the division data's names of zones in 宁波, 珠海 and 天津) are no Region, while a place's
# own bonded zone written with its name stays one (宁波保税区, ANNOTATION.md).
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("昆山综合保税区进出口总额突破3000亿元", "苏州市",
         {("Project", "昆山综合保税区"), ("昆山综合保税区", "locatedIn", "昆山市")}, {("Region", "保税区")}),
        ("加快建设金义综合保税区二期", "金华市", {("Project", "金义综合保税区")},
         {("Region", "保税区"), ("Region", "综合保税区")}),
        ("支持梅山综合保税区扩区", "宁波市", {("Project", "梅山综合保税区")}, {("Region", "保税区")}),
        ("推动综合保税区、保税物流中心提档升级", "天津市", set(), {("Region", "综合保税区"), ("Region", "保税区")}),
        ("宁波保税区新增外资企业", "宁波市", {("Region", "宁波保税区")}, {("Project", "宁波保税区")}),
    ],
)
def test_bonded_zones(text, region, present, absent):
    assert_found(text, region, present, absent)


# What a firm builds where (…有限公司在X投资建设的, …有限公司投资N亿元，在X建设) is a project even when its name is
# made of everyday words; a zone the firm signs with is a party, not what it invests in; 在X共建 and 在X承建的 say where a
# project lies, whoever builds it.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("中粮集团有限公司在五常市投资建设的大米加工中心项目投产", "哈尔滨市",
         {("Project", "大米加工中心项目"), ("中粮集团有限公司", "investsIn", "大米加工中心项目")},
         {("Project", "大米加工中心")}),
        ("中国建材集团有限公司投资12亿元，在五常市建设新型建材产业园项目", "哈尔滨市",
         {("Project", "新型建材产业园项目"), ("新型建材产业园项目", "locatedIn", "五常市")},
         {("Project", "新型建材产业园")}),
        ("宁德时代新能源科技股份有限公司与宜宾临港经济技术开发区签约，拟投资20亿元建设储能电池系统项目", "宜宾市",
         {("宁德时代新能源科技股份有限公司", "investsIn", "储能电池系统项目")},
         {("宁德时代新能源科技股份有限公司", "investsIn", "宜宾临港经济技术开发区")}),
        ("两地在泾源县新民乡共建扶贫产业园", "固原市", {("扶贫产业园", "locatedIn", "新民乡")}, set()),
        ("中建三局在江北区承建的国际会展中心二期竣工", "重庆市", {("国际会展中心", "locatedIn", "江北区")}, set()),
        # 共建 with no 在 before the place: the partner, not where it lies
        ("与苏州市共建的苏宿工业园区", "宿迁市", set(), {("苏宿工业园区", "locatedIn", "苏州市")}),
    ],
)
def test_what_firms_build_where(text, region, present, absent):
    assert_found(text, region, present, absent)


# A township renamed since the division data (镇 -> 街道) is named as the text writes it and keeps its place (and is
# read by its short form in its own city where a county elsewhere shares it); a name
# of two characters ends before a verb no given name ends with (作, 等); a government's secretary-general holds a post
# of the region written before 人民政府.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("双流区正兴街道、大林街道建成美丽宜居乡村", "成都市",
         {("Region", "正兴街道"), ("正兴街道", "partOf", "双流区"), ("Region", "大林街道")},
         {("Region", "正兴镇"), ("Region", "大林镇")}),
        # an ethnic township (data: 佳阳乡) named with its group, and by its short form before it (于家务回族乡); Beijing's
        # area offices (金海湖地区) as the towns they are; no township is autonomous (清水土家族乡)
        ("硖门畲族乡、佳阳畲族乡入选省级乡村振兴示范乡镇", "福鼎市",
         {("Region", "硖门畲族乡"), ("Region", "佳阳畲族乡")}, {("Region", "佳阳乡")}),
        ("于家务、张家湾、永顺三个乡镇完成改造", "通州区", {("Region", "于家务回族乡")}, set()),
        ("金海湖镇、大华山镇打造桃花源", "平谷区", {("Region", "金海湖镇"), ("Region", "大华山镇")}, set()),
        ("清水土家族乡、龙角镇、江口镇入选市级乡村振兴示范镇乡", "云阳县",
         {("Region", "清水土家族乡"), ("Region", "龙角镇")}, {("Region", "清水土家族自治乡")}),
        # a short form the report's own township shares with a county elsewhere in the province is the township
        ("实施古田会议旧址群保护提升工程，县医院古田分院投入使用", "上杭县",
         {("县医院古田分院", "locatedIn", "古田镇")}, {("县医院古田分院", "locatedIn", "古田县")}),
        ("古田食用菌产业园建成投产", "宁德市", {("古田食用菌产业园", "locatedIn", "古田县")}, set()),  # guard
        ("市长王刚作推介", "遵义市", {("Person", "王刚"), ("王刚", "holdsPost", "遵义市")}, {("Person", "王刚作")}),
        ("市长王莉等出席仪式", "巩义市", {("Person", "王莉"), ("王莉", "holdsPost", "巩义市")}, {("Person", "王莉等")}),
        ("市长李振和出席仪式", "巩义市", {("Person", "李振和")}, {("Person", "李振")}),
        ("四川省人民政府副秘书长王明出席", "眉山市", {("王明", "holdsPost", "四川省")}, set()),
        ("市政协秘书长王明主持", "眉山市", {("Person", "王明")}, {("王明", "holdsPost", "眉山市")}),
    ],
)
def test_renamed_townships_names_and_secretaries(text, region, present, absent):
    assert_found(text, region, present, absent)


# Roman numerals stand inside a name (大丰Ⅱ号海上风电项目); a verb of ranking or 另有 ends a name's left context, and a kind
# of place before a rank (开发区十强) is the ranking's title, not a project.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("加快建设大丰Ⅱ号海上风电项目", "盐城市",
         {("Project", "大丰Ⅱ号海上风电项目"), ("大丰Ⅱ号海上风电项目", "locatedIn", "大丰区")}, {("Project", "号海上风电项目")}),
        ("宁国经济技术开发区跻身安徽省开发区十强", "宣城市", {("Project", "宁国经济技术开发区")},
         {("Project", "宁国经济技术开发区跻身安徽省开发区"), ("Project", "安徽省开发区")}),
        ("岳阳经济技术开发区位列全国绿色工业园区百强", "岳阳市", {("Project", "岳阳经济技术开发区")},
         {("Project", "全国绿色工业园区"), ("Project", "绿色工业园区")}),
        ("另有外资项目三个落地", "巩义市", set(), {("Project", "另有外资项目")}),
    ],
)
def test_numerals_ranks_and_rankings(text, region, present, absent):
    assert_found(text, region, present, absent)


# An industrial zone (工业区) is a development zone, a Project, and its part named after it (奉贤分区, like 崇左片区) stays
# in its name and locates it; an old one (旧工业区) names none; a post listed before a zone (副区长、…管委会主任) shares
# no type word with it.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("宝山工业区新增规上企业8家", "上海市", {("Project", "宝山工业区"), ("宝山工业区", "locatedIn", "宝山区")},
         {("Region", "宝山区")}),
        ("加快漕河泾开发区松江分区建设", "上海市",
         {("Project", "漕河泾开发区松江分区"), ("漕河泾开发区松江分区", "locatedIn", "松江区")}, {("Region", "松江区")}),
        # guard: 工业区 as a type word must not make 搬迁改造旧工业区 a name
        ("搬迁改造旧工业区企业120家", "温州市", set(), {("Project", "搬迁改造旧工业区"), ("Project", "旧工业区")}),
        ("副区长、晏家工业园区管委会主任赵刚主持", "长寿区", {("Project", "晏家工业园区"), ("Person", "赵刚")},
         {("Project", "副区长工业园区")}),
    ],
)
def test_industrial_zones_and_their_parts(text, region, present, absent):
    assert_found(text, region, present, absent)


# What a firm builds is one project across 及 or 与, even when a works word (升级) inside the name would end its left
# context: the name runs from the firm's verb to the type word.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("安徽丰谷农业科技有限公司拟投资6亿元，在城关镇建设稻米精深加工及冷链仓储项目。", "霍邱县",
         {("Project", "稻米精深加工及冷链仓储项目"),
          ("安徽丰谷农业科技有限公司", "investsIn", "稻米精深加工及冷链仓储项目")},
         {("Project", "冷链仓储项目")}),
        ("湖北宜化化工股份有限公司在猇亭区投资建设的尿素装置搬迁与升级转型项目开工。", "宜昌市",
         {("Project", "尿素装置搬迁与升级转型项目"), ("尿素装置搬迁与升级转型项目", "locatedIn", "猇亭区")}, set()),
        # guard: no firm, a whole project before 及 (two projects)
        ("实施城北污水处理厂及配套管网工程", "金华市", set(), {("Project", "城北污水处理厂及配套管网工程")}),
    ],
)
def test_what_a_firm_builds_across_and(text, region, present, absent):
    assert_found(text, region, present, absent)


# A village written by its short form alone is no Region (发展香梨产业 in 库尔勒, where the data has a 香梨社区; 齐心协力 in 武义)
# unless a list says they are villages, a kind of village comes before it, or the text names it so elsewhere; a title
# awarded (被授予…称号) ends a name's left context.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("发展香梨产业，扩大种植面积", "库尔勒市", set(), {("Region", "香梨社区")}),
        ("全乡人民齐心协力、团结奋斗", "武义县", set(), {("Region", "齐心社区")}),
        # guard: a list of villages closed by a full name
        ("施家岙、舜皇、华堂、西白山村创成第三批省级未来乡村", "嵊州市",
         {("Region", "施家岙村"), ("Region", "舜皇村"), ("Region", "华堂村"), ("Region", "西白山村")}, set()),
        ("重点村岭下汤投资1600多万元。岭下汤被授予浙江省生态文化基地称号。", "武义县",
         {("Region", "岭下汤村"), ("Region", "浙江省")}, {("Project", "岭下汤被授予浙江省生态文化基地")}),
    ],
)
def test_villages_by_short_form_and_titles(text, region, present, absent):
    assert_found(text, region, present, absent)


# 援建 (built as aid) ends a project's left context; 和 inside a city's name (和田) is no conjunction; a county-level
# city's short form in its own report is the city, not the prefecture around it; a firm's short name is never a window
# cut out of a longer name (…在新平彝族傣族自治县戛洒镇投资建设).
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("对口支援西藏自治区察雅县，援建察雅县第一中学。", "芜湖市",
         {("Project", "察雅县第一中学"), ("察雅县第一中学", "locatedIn", "察雅县")}, {("Project", "援建察雅县第一中学")}),
        # nor inside a county's short form of three or more characters (和林格尔)
        ("加快中国电信承建的和林格尔云计算产业园建设", "呼和浩特市",
         {("Project", "和林格尔云计算产业园"), ("和林格尔云计算产业园", "locatedIn", "和林格尔县")},
         {("Project", "林格尔云计算产业园")}),
        ("和田市人民医院综合楼投入使用", "和田市",
         {("Project", "和田市人民医院综合楼"), ("和田市人民医院综合楼", "locatedIn", "和田市")},
         {("Project", "田市人民医院综合楼")}),
        ("加快喀什老城改造", "喀什市", {("Region", "喀什市")}, {("Region", "喀什地区")}),
        ("华侨城集团有限公司将在新平彝族傣族自治县戛洒镇投资建设文旅小镇项目。", "玉溪市",
         {("Region", "新平彝族傣族自治县"), ("华侨城集团有限公司", "investsIn", "文旅小镇项目")},
         {("Enterprise", "彝族傣族自治县戛洒镇")}),
    ],
)
def test_aid_works_places_with_he_and_cut_names(text, region, present, absent):
    assert_found(text, region, present, absent)


# Works on a city's water source, utility tunnels, flood defences or an old town are construction projects, not
# programmes; a project started or carried out 在 a region (在房县开工建设…, 在…实施…) lies there.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("在枣阳市建设城市第二水源工程", "襄阳市",
         {("Project", "城市第二水源工程"), ("城市第二水源工程", "locatedIn", "枣阳市")},
         {("Initiative", "建设城市第二水源工程"), ("Initiative", "城市第二水源工程")}),
        ("城东新区地下综合管廊工程加快推进", "衢州市", {("Project", "城东新区地下综合管廊工程")},
         {("Initiative", "城东新区地下综合管廊工程")}),
        ("在房县开工建设城市防洪工程", "十堰市", {("Project", "城市防洪工程"), ("城市防洪工程", "locatedIn", "房县")}, set()),
        ("推进廿八都古镇保护利用工程", "衢州市",
         {("Project", "廿八都古镇保护利用工程"), ("廿八都古镇保护利用工程", "locatedIn", "廿八都镇")},
         {("Initiative", "古镇保护利用工程")}),
        # guard: a programme carried out across the city lies nowhere
        ("在全市实施乡村振兴工程", "十堰市", {("Initiative", "乡村振兴工程")}, {("Project", "乡村振兴工程")}),
    ],
)
def test_works_of_water_floods_and_old_towns(text, region, present, absent):
    assert_found(text, region, present, absent)


# Enclaves (飞地), corridors (走廊), green belts (廊道) and parks built together (产业共建园) with a name are projects; without one (新建廊道, 综合交通廊道)
# they are not. A project built 在 a place written by its short form starts after the verb of building (在平坝建设…),
# as it does after a place written whole (在官路镇建设…); 加入 ends a name's left context.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("加快建设湘江西岸生态廊道、长株潭科创走廊", "长沙市",
         {("Project", "湘江西岸生态廊道"), ("Project", "长株潭科创走廊")}, set()),
        ("武义科创飞地新引进项目12个", "武义县", {("Project", "武义科创飞地")}, set()),
        ("成功加入G60科创走廊", "金华市", {("Project", "G60科创走廊")}, {("Project", "加入G60科创走廊")}),
        # guard: corridors of a kind name nothing
        ("新建廊道3条，打造综合交通廊道", "长沙市", set(), {("Project", "廊道"), ("Project", "综合交通廊道")}),
        ("支持在平坝建设新能源汽车产业园", "安顺市",
         {("Project", "新能源汽车产业园"), ("新能源汽车产业园", "locatedIn", "平坝区"), ("Region", "平坝区")},
         {("Project", "平坝建设新能源汽车产业园")}),
        ("在沪杭等地建设科技孵化中心", "嘉兴市", set(), {("Project", "地建设科技孵化中心")}),
        # a site that is no division, after 在: the name starts after the verb of building
        ("上海振华重工（集团）股份有限公司将在长兴岛建设海上风电安装平台制造项目", "上海市",
         {("Project", "海上风电安装平台制造项目"),
          ("上海振华重工（集团）股份有限公司", "investsIn", "海上风电安装平台制造项目")},
         {("Project", "长兴岛建设海上风电安装平台制造项目")}),
        ("中国电信重庆分公司将在大学城建设西部算力调度中心", "重庆市",
         {("Project", "西部算力调度中心")}, {("Project", "大学城建设西部算力调度中心")}),
        # guard: a works word after what is built stays in its name (no site before 建设)
        ("在生态文明建设示范区创建中走在前列", "丽水市", set(), {("Project", "示范区")}),
        # 投资运营 is a verb before a project, a word inside a firm's name
        ("北京首都旅游集团有限责任公司将投资运营金山岭长城文化旅游区提升工程", "承德市",
         {("Project", "金山岭长城文化旅游区提升工程")}, {("Project", "运营金山岭长城文化旅游区提升工程")}),
        ("山东省国有资本投资运营有限公司投资建设的光伏项目开工", "济南市",
         {("Enterprise", "山东省国有资本投资运营有限公司")}, set()),
        # a park two places build together (产业共建园), but not 合作共建 before 园区
        ("龙岗—博罗产业共建园加快建设", "博罗县", {("Project", "龙岗—博罗产业共建园")}, set()),
        ("深圳龙岗与博罗合作共建园区", "博罗县", set(), {("Project", "博罗合作共建园")}),
    ],
)
def test_enclaves_corridors_and_building_in_a_place(text, region, present, absent):
    assert_found(text, region, present, absent)


# A mayor named after the party secretary's posts (a prefecture's standing committee, then the county-level city's
# secretary) is the mayor of the post nearest the secretary's name: the county-level city.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("嘉兴市委常委、海宁市委书记张明致辞，市长李华介绍海宁投资环境。", "海宁市",
         {("李华", "holdsPost", "海宁市"), ("张明", "holdsPost", "海宁市")}, {("李华", "holdsPost", "嘉兴市")}),
        # guard: one post before the first name
        ("大庆市委书记韩春雷、市长周振宇出席", "大庆市", {("周振宇", "holdsPost", "大庆市")}, set()),
    ],
)
def test_mayor_after_a_secretary_of_two_posts(text, region, present, absent):
    assert_found(text, region, present, absent)


# A county or banner written by the short form its province's reports use (南沙, 横州, 达茂旗) locates what is named after
# it; a paired park with a partner in another province (南海—横州产业园) keeps its whole name.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("南沙港铁路建成通车", "广州市", {("南沙港铁路", "locatedIn", "南沙区")}, {("南沙港铁路", "locatedIn", "南沙街道")}),
        ("达茂旗满都拉镇风电基地并网发电", "包头市",
         {("满都拉镇", "partOf", "达尔罕茂明安联合旗")}, set()),
        ("南海—横州产业园新签约项目8个", "横州市", {("Project", "南海—横州产业园")},
         {("Project", "横州产业园"), ("Region", "横州镇")}),
    ],
)
def test_short_forms_of_counties_and_banners(text, region, present, absent):
    assert_found(text, region, present, absent)


# A district whose full name is an everyday phrase (老城区, 新城区) is that district only in a report of its own city:
# 老城区改造 in 临沂 and 打造创新城区 in 金华 name no region (nor a 新城 project), 老城区 in 洛阳 is 洛阳市老城区.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("加快推进老城区、老街区、老旧小区改造", "临沂市", set(), {("Region", "老城区")}),
        ("着力打造创新城区", "金华市", set(), {("Region", "新城区"), ("Project", "创新城")}),
        # guard: in the city that has the district
        ("老城区、西工区加快城市更新", "洛阳市", {("Region", "老城区"), ("Region", "西工区")}, set()),
    ],
)
def test_districts_named_like_everyday_phrases(text, region, present, absent):
    assert_found(text, region, present, absent)


# A heading's number in brackets ((一), （二）) opens no name; verbs of holding on (扭住, 抓住), 布局, 对口 and a place's
# inside (示范区内, 镇内, 境内) end a name's left context; 高铁时代 is no railway, a ceremony's 主会场 no project.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("二、2025年重点工作 （一）扭住项目建设不放松。", "咸阳市", set(), {("Project", "（一）扭住项目"), ("Project", "扭住项目")}),
        ("中国图们江区域（珲春）国际合作示范区内珲春跨境电商产业园投入运营", "延边朝鲜族自治州",
         {("Project", "中国图们江区域（珲春）国际合作示范区"), ("Project", "珲春跨境电商产业园"),
          ("珲春跨境电商产业园", "locatedIn", "珲春市")}, set()),
        ("禹州市神垕镇举办钧瓷文化旅游节，镇内钧瓷文化产业园接待游客200万人次", "禹州市",
         {("Project", "钧瓷文化产业园")}, {("Project", "镇内钧瓷文化产业园")}),
        ("让朔州全面迈入高铁时代", "朔州市", set(), {("Project", "迈入高铁"), ("Project", "朔州全面迈入高铁")}),
        ("主会场项目中，远东控股集团有限公司投资30亿元建设的高压电缆项目开工", "宜兴市", set(), {("Project", "主会场项目")}),
        # guard: 区内 inside a name (市区内环线) still is
        ("加快建设市区内环线", "义乌市", {("Project", "市区内环线")}, set()),
    ],
)
def test_headings_verbs_and_insides_end_names(text, region, present, absent):
    assert_found(text, region, present, absent)


# A region that opens its clause and starts or carries out a project (山阴县加快建设…) is where the project lies; a firm
# after the region and a verb of building (平鲁区开工建设中国华电投资的…) builds there and lies nowhere the text says.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("山阴县加快建设东方氢能产业园", "朔州市", {("东方氢能产业园", "locatedIn", "山阴县")}, set()),
        ("平鲁区开工建设中国华电投资的华电平鲁风光储一体化基地", "朔州市",
         {("华电平鲁风光储一体化基地", "locatedIn", "平鲁区"), ("中国华电", "investsIn", "华电平鲁风光储一体化基地")},
         {("中国华电", "locatedIn", "平鲁区")}),
        # guard: a region that builds for another (援建) is not where the project lies
        ("北京市顺义区援建的淅川县第一高级中学新校区投入使用", "南阳市", {("淅川县第一高级中学新校区", "locatedIn", "淅川县")},
         {("淅川县第一高级中学新校区", "locatedIn", "顺义区")}),
    ],
)
def test_a_region_that_builds_in_its_own_clause(text, region, present, absent):
    assert_found(text, region, present, absent)


# A county written by its short form outside the report's province is read where its own province or city is written
# right before it (内蒙古兴安盟科右前旗 in a report of 昌平区); a township so written is not (宁夏宝丰能源: a brand).
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("我区与内蒙古兴安盟科右前旗持续深化结对帮扶", "昌平区",
         {("Region", "科尔沁右翼前旗"), ("科尔沁右翼前旗", "partOf", "兴安盟"), ("昌平区", "cooperatesWith", "科尔沁右翼前旗")},
         set()),
        ("与佛山南海共建产业园", "横州市", {("Region", "南海区"), ("南海区", "partOf", "佛山市")}, set()),
        # guard: a township's short form after a province, inside a firm's name
        ("宁夏宝丰能源集团股份有限公司投资建设烯烃项目", "鄂尔多斯市", set(), {("Region", "宝丰镇")}),
        # a name two provinces' counties share is the one in the province or city written before it
        ("深化与上海市宝山区、奉贤区的对口合作", "昭通市", {("宝山区", "partOf", "上海市")}, set()),
        # after a city, a county of another province is no county: 锦州滨海新区 is 锦州's zone named 滨海
        ("集中开工活动在茂名滨海新区举行", "茂名市",
         {("Project", "茂名滨海新区"), ("茂名滨海新区", "locatedIn", "茂名市")}, {("Region", "滨海新区")}),
        # what follows a county is its own: a township whose name starts like a city (a township the data lacks),
        # a project named after its donor city, a bridge named like another county
        ("观山湖区金华园街道新建社区服务中心", "贵阳市",
         {("Region", "金华园街道"), ("金华园街道", "partOf", "观山湖区")}, {("Region", "金华市")}),
        ("建成疏附县广州新城", "喀什地区", {("疏附县广州新城", "locatedIn", "疏附县")},
         {("疏附县广州新城", "locatedIn", "广州市")}),
        ("实施庆元县兰溪桥扩建工程", "庆元县", set(), {("庆元县兰溪桥扩建工程", "locatedIn", "兰溪市")}),
        # guard: a national new area spans cities
        ("加快天府新区眉山片区建设", "眉山市", {("天府新区眉山片区", "locatedIn", "眉山市")}, set()),
        # guard: after a province, an aid park is named after its donor and lies in the county
        ("北京和田工业园区新入驻企业12家", "和田市", {("北京和田工业园区", "locatedIn", "和田市")}, set()),
    ],
)
def test_a_county_after_its_own_province_or_city(text, region, present, absent):
    assert_found(text, region, present, absent)


# Items of a list named by its kind (等特色小镇) that are chains of places (洪湖市瞿家湾镇) stay places, as single places do.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("重点打造洪湖市瞿家湾镇、荆州区纪南镇等特色小镇", "荆州市",
         {("Region", "瞿家湾镇"), ("Region", "纪南镇"), ("纪南镇", "partOf", "荆州区")},
         {("Project", "洪湖市瞿家湾镇"), ("Project", "荆州区纪南镇")}),
        # guard: items that are no places are still the kind's projects
        ("建设茶香、竹海等特色小镇", "荆州市", {("Project", "茶香"), ("Project", "竹海")}, set()),
    ],
)
def test_list_items_that_are_chains_of_places(text, region, present, absent):
    assert_found(text, region, present, absent)


# A one-character stop inside a word is no stop there: 高等 and 中等职业 in a school's name, 华为 in a firm's (等 still
# ends a list after 高中).
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("南阳医学高等专科学校新校区建成", "南阳市", {("Project", "南阳医学高等专科学校新校区")},
         {("Project", "专科学校新校区")}),
        ("开工建设县中等职业学校迁建工程", "南阳市", {("Project", "县中等职业学校迁建工程")}, set()),
        ("华为云计算技术有限公司投资建设贵阳智算创新中心", "贵阳市",
         {("Enterprise", "华为云计算技术有限公司"), ("华为云计算技术有限公司", "investsIn", "贵阳智算创新中心")},
         {("Enterprise", "云计算技术有限公司")}),
        # guard
        ("完成濛洲高中等项目", "庆元县", {("Project", "濛洲高中")}, {("Project", "濛洲高中等项目"), ("Project", "蒙洲高中")}),
    ],
)
def test_words_that_hold_a_stop(text, region, present, absent):
    assert_found(text, region, present, absent)


# A place's facility before 工程 names the facility's works (商丘民用机场工程), where a place's everyday words name a kind
# of works (大里镇农村公路).
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("加快推进商丘民用机场工程建设", "商丘市",
         {("Project", "商丘民用机场工程"), ("商丘民用机场工程", "locatedIn", "商丘市")}, {("Project", "商丘民用机场")}),
        # guard
        ("新改建大里镇农村公路12公里", "商丘市", set(), {("Project", "大里镇农村公路")}),
    ],
)
def test_a_places_facility_and_its_works(text, region, present, absent):
    assert_found(text, region, present, absent)


@pytest.mark.parametrize(
    "context, present, absent",
    [
        # 宝山区 of 上海市, not of 双鸭山市: by the parent the report's facts give, or by what its text names
        ({"region": "宝山区", "parent_region": "上海市"}, {("Region", "友谊路街道")}, {("Region", "友谊县")}),
        ({"region": "宝山区", "title": "2025年上海市宝山区政府工作报告"}, {("Region", "友谊路街道")}, {("Region", "友谊县")}),
        ({"region": "宝山区", "parent_region": "双鸭山市"}, {("Region", "友谊县")}, {("Region", "友谊路街道")}),  # guard
    ],
)
def test_a_region_name_that_two_places_share(context, present, absent):
    mentions, _ = extract_text("友谊路街道获评全国示范性老年友好型社区。", context=context)
    found = {(m.type, m.name) for m in mentions}
    assert present <= found and not absent & found


# Townships the division data lacks (renamed, merged or newer than it), listed by their full names beside one it has.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("妙峰山镇、王平镇、雁翅镇受损道路和桥梁全部修复", "门头沟区", {("Region", "王平镇")}, set()),
        ("支持旧县镇、黄章乡、朱牛乡发展苹果产业", "洛川县", {("Region", "黄章乡"), ("Region", "朱牛乡")}, set()),
        ("旭日街道、前进街道12个老旧小区完成改造", "伊美区", {("Region", "旭日街道")}, set()),
        # a numeral inside an item's name
        ("推动城关镇、三庄镇低收入农户稳定增收", "洛川县", {("Region", "三庄镇")}, set()),
        # guard: kinds of towns and counts are no townships
        ("加快城关镇、重点镇、特色镇建设", "洛川县", set(), {("Region", "重点镇"), ("Region", "特色镇")}),
        ("推进凤栖街道、两个乡镇改造", "洛川县", set(), {("Region", "两个乡镇"), ("Region", "两个乡")}),
    ],
)
def test_townships_listed_beside_a_known_one(text, region, present, absent):
    assert_found(text, region, present, absent)


# A counted list of townships by their short forms: each item is a township of the report's city, also where its short
# form alone is an everyday word (城东), or by its name as written once another item is a place.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("城东、城西、黄岗三个街道的老旧小区改造全面完工", "端州区",
         {("Region", "城东街道"), ("Region", "城西街道"), ("Region", "黄岗街道")}, set()),
        ("推进城东、城西两个街道改造", "端州区", {("Region", "城东街道"), ("Region", "城西街道")}, set()),
        # guard: parts of a region are no townships
        ("全区东部、中部两个镇", "端州区", set(), {("Region", "东部镇"), ("Region", "中部镇")}),
    ],
)
def test_counted_lists_of_townships(text, region, present, absent):
    assert_found(text, region, present, absent)


# Villages the division data lacks, right after their township's full name; a short form inside the village's name
# is no place of its own (韶山乡韶山村: not 韶山市).
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("腾鳌镇新台子村获评全国乡村治理示范村", "海城市",
         {("Region", "新台子村"), ("新台子村", "partOf", "腾鳌镇")}, {("Region", "新台镇")}),
        ("韶山乡韶山村获评全国乡村旅游重点村", "韶山市", {("Region", "韶山村"), ("韶山村", "partOf", "韶山乡")}, set()),
        # guard: what follows a township is no village where it is a kind of village or a clause
        ("腾鳌镇所辖村全部通硬化路", "海城市", set(), {("Region", "所辖村")}),
        ("腾鳌镇新建农村公路12公里", "海城市", set(), {("Region", "新建农村")}),
        ("腾鳌镇推进示范村建设", "海城市", set(), {("Region", "推进示范村")}),
    ],
)
def test_villages_after_their_township(text, region, present, absent):
    assert_found(text, region, present, absent)


# A firm's amount in any currency, where it invests before the amount, and the zone after 在 that is only where the
# project is built.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("博世汽车部件有限公司投资2亿欧元，在太仓高新区建设汽车电子研发中心。", "太仓市",
         {("博世汽车部件有限公司", "investsIn", "汽车电子研发中心")}, set()),
        ("江苏恒力化纤股份有限公司将在太仓港经济技术开发区投资30亿元，建设差别化纤维项目。", "太仓市",
         {("江苏恒力化纤股份有限公司", "investsIn", "差别化纤维项目")}, set()),
        ("江苏恒力化纤股份有限公司本次投资30亿元，建设差别化纤维项目。", "太仓市",
         {("江苏恒力化纤股份有限公司", "investsIn", "差别化纤维项目")}, set()),
        ("江苏恒力化纤股份有限公司拟投资30亿元在太仓港经济技术开发区建设差别化纤维项目。", "太仓市",
         {("江苏恒力化纤股份有限公司", "investsIn", "差别化纤维项目")},
         {("江苏恒力化纤股份有限公司", "investsIn", "太仓港经济技术开发区")}),
    ],
)
def test_what_a_firm_invests_in_after_its_amount(text, region, present, absent):
    assert_found(text, region, present, absent)


# After a firm's agreement, the clause that implements or co-builds the project names what it invests in; a firm that
# is the general contractor (EPC总承包) or does the construction (负责施工) builds the project.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("江苏恒力化纤股份有限公司与太仓港经济技术开发区签约，实施差别化纤维扩能项目。", "太仓市",
         {("江苏恒力化纤股份有限公司", "investsIn", "差别化纤维扩能项目")}, set()),
        ("阿特斯阳光电力集团与太仓市签约，共建光伏组件研发中心。", "太仓市",
         {("阿特斯阳光电力集团", "investsIn", "光伏组件研发中心")}, set()),
        ("光伏组件研发中心由中国化学工程第七建设有限公司负责EPC总承包。", "太仓市",
         {("中国化学工程第七建设有限公司", "investsIn", "光伏组件研发中心")}, set()),
        ("差别化纤维项目由中建三局集团有限公司负责施工。", "太仓市", {("中建三局集团有限公司", "investsIn", "差别化纤维项目")},
         set()),
    ],
)
def test_agreements_that_implement_and_contractors(text, region, present, absent):
    assert_found(text, region, present, absent)


# A firm that builds a project together with a government (合作共建, 共建) invests in it.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("推动中国石化与我市合作共建高端聚烯烃产业园", "茂名市", {("中国石化", "investsIn", "高端聚烯烃产业园")}, set()),
        ("电白区与广东粤电集团有限公司合作共建的海上风电运维基地投入运营", "茂名市",
         {("广东粤电集团有限公司", "investsIn", "海上风电运维基地")}, set()),
    ],
)
def test_firms_that_build_with_a_government(text, region, present, absent):
    assert_found(text, region, present, absent)


# Firms that develop a project together or set one up invest in it; the builder after 由 builds the project named
# before where it went (落户, 落地), not that place.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("上海陆家嘴集团有限公司与太古地产有限公司合作开发的前滩太古里项目进入施工阶段", "上海市",
         {("上海陆家嘴集团有限公司", "investsIn", "前滩太古里项目"), ("太古地产有限公司", "investsIn", "前滩太古里项目")}, set()),
        ("签约项目中，中国人寿保险股份有限公司将在外滩街道设立资产管理中心；", "上海市",
         {("中国人寿保险股份有限公司", "investsIn", "资产管理中心")}, set()),
        ("华润医药产业园项目落户清城经济开发区，由中国建筑第八工程局有限公司承建。", "清远市",
         {("中国建筑第八工程局有限公司", "investsIn", "华润医药产业园项目")},
         {("中国建筑第八工程局有限公司", "investsIn", "清城经济开发区")}),
    ],
)
def test_firms_that_develop_or_set_up_and_builders_after_where(text, region, present, absent):
    assert_found(text, region, present, absent)


# A verb of speaking ends the left context of a name: what a chairman says about 项目 names no project.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("华晨公司董事长王立新表示项目二期将于明年启动。", "沈阳市", {("Person", "王立新")},
         {("Project", "董事长王立新表示项目"), ("Project", "表示项目")}),
    ],
)
def test_what_a_chairman_says_names_no_project(text, region, present, absent):
    assert_found(text, region, present, absent)


# A district whose name ends as a zone's does (绿园区, code 220106) is a Region; the zones of the division tables
# (numbered 71-99) stay Projects.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("绿园区获评吉林省营商环境建设先进县", "长春市", {("Region", "绿园区")}, {("Project", "绿园区")}),
        # guard
        ("苏州工业园区与我市共建产业园", "宿迁市", {("Project", "苏州工业园区")}, {("Region", "苏州工业园区")}),
    ],
)
def test_districts_named_like_zones(text, region, present, absent):
    assert_found(text, region, present, absent)


# Provinces' short forms before a word of joint work open a paired park's name, not a firm's: 苏青协作 (青 alone is no
# place's short form).
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("苏青协作门源产业园已入驻企业8家", "门源回族自治县", {("Project", "苏青协作门源产业园")}, {("Enterprise", "苏青协作")}),
        # guard
        ("粤桂协作南丹产业园已入驻企业8家", "南丹县", {("Project", "粤桂协作南丹产业园")}, {("Enterprise", "粤桂协作")}),
    ],
)
def test_paired_parks_open_with_no_firm(text, region, present, absent):
    assert_found(text, region, present, absent)


# Small boundaries: a numbered works of a place is one works (第二水源工程); 要素 holds the stop 要 (数据要素); a 和 that
# opens a clause is a name's (，和邦生物); 配套建设 and 不通 open no name; what a route goes to (开通至天津港) is no name.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("加快推进通化市第二水源工程建设", "通化市", {("Project", "通化市第二水源工程")}, set()),
        ("力争第三个生产基地年内投产", "通化市", set(), {("Project", "第三个生产基地")}),  # guard: a count
        ("北京智元数联科技有限公司将在挂甲寺街道投资建设京津数据要素产业园", "河西区",
         {("Project", "京津数据要素产业园")}, {("Project", "素产业园")}),
        ("深化要素市场化配置改革", "金华市", set(), {("Initiative", "素市场化配置改革")}),
        ("当天，和邦生物投资建设的双甘膦扩能技改项目开工", "五通桥区",
         {("和邦生物", "investsIn", "双甘膦扩能技改项目")}, {("Enterprise", "邦生物")}),
        ("完成蒋义线与月泉西路交叉口、和平南路与毛亚线交叉口的优化", "金华市", {("Project", "和平南路")},
         {("Project", "平南路")}),
        # guard: after a closing quote 和 joins two names
        ("市县“一张蓝图”和“多规合一”业务协同平台初步建成", "金华市", set(),
         {("Project", "市县一张蓝图和多规合一业务协同平台")}),
        ("配套建设穆棱河生态修复工程", "梨树区", {("Project", "穆棱河生态修复工程")},
         {("Project", "配套建设穆棱河生态修复工程")}),
        ("结束了我县不通高速公路的历史", "云龙县", set(), {("Project", "不通高速公路")}),
        ("集宁现代物流园区新开通至天津港的班列线路4条", "集宁区", {("Project", "集宁现代物流园区")},
         {("Project", "至天津港")}),
    ],
)
def test_small_boundaries(text, region, present, absent):
    assert_found(text, region, present, absent)


# 该项目…由X承建 in the next sentence refers back to the project whose news the story is, whatever its type word, but
# not to a park where a ceremony was held; 对苯二甲酸 and 含氟 hold the stops 对 and 含.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("位于普集街道的武功县电商物流产业园二期正式开工。该项目总投资18亿元，由陕西建工集团股份有限公司承建。", "武功县",
         {("陕西建工集团股份有限公司", "investsIn", "武功县电商物流产业园")}, set()),
        ("由山东省援建的门源回族自治县人民医院综合住院楼正式投入使用。该项目总投资1.86亿元，新增床位300张，"
         "由山东高速建设管理集团有限公司承建。", "门源回族自治县",
         {("山东高速建设管理集团有限公司", "investsIn", "门源回族自治县人民医院综合住院楼")}, set()),
        # guard: the park is where the signing took place
        ("签约仪式在武功县电商物流产业园举行。该项目总投资18亿元，由陕西建工集团股份有限公司承建。", "武功县", set(),
         {("陕西建工集团股份有限公司", "investsIn", "武功县电商物流产业园")}),
        ("海南逸盛石化有限公司年产250万吨精对苯二甲酸(PTA)项目在洋浦经济开发区正式投产", "儋州市",
         {("Project", "年产250万吨精对苯二甲酸(PTA)项目")}, {("Project", "苯二甲酸(PTA)项目")}),
        ("福建永晶科技股份有限公司投资建设的电子级含氟新材料扩能项目正式投产", "邵武市",
         {("福建永晶科技股份有限公司", "investsIn", "电子级含氟新材料扩能项目")}, set()),
    ],
)
def test_the_project_a_story_is_about(text, region, present, absent):
    assert_found(text, region, present, absent)


# 发展 before a name is the verb (提质发展国家大学科技园: 国家大学科技园), but 建设大道 and 发展路 are roads named by the word
# and 全国性 an aspiration, not a level; 点线面 builds no line;
# qualifiers before a generic word name no programme (重大国家战略), a field's reform does (科技体制改革); 各 + a kind
# names every one of the kind (各科创平台); a pilot's name follows its batch (全国第三批试点 names none); 进驻 ends what
# comes before a name, as 入驻 does.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("提质发展国家大学科技园，完成核心区改造提升", "金华市", {("Project", "国家大学科技园")},
         {("Project", "提质发展国家大学科技园")}),
        ("大力发展浙中生态廊道沿线文旅项目", "金华市", set(), {("Project", "发展浙中生态廊道沿线文旅项目")}),
        ("完成建设大道提升改造工程", "武汉市", {("Project", "建设大道提升改造工程")}, {("Project", "大道提升改造工程")}),
        ("推进发展大道二期工程", "武汉市", {("Project", "发展大道")}, set()),  # guard
        ("坚决打赢交通廊道突击战，加快建设全国性综合交通枢纽", "衢州市", set(), {("Project", "性综合交通枢纽")}),
        ("统筹把握时度效、一体贯通点线面，对当务之急立说立行", "金华市", set(), {("Project", "一体贯通点线")}),
        ("我们坚定扛牢黄河流域生态保护和高质量发展重大国家战略", "济南市", set(),
         {("Initiative", "重大国家战略")}),  # guard: 发展 dropped leaves qualifiers alone
        ("深化科技体制改革", "金华市", {("Initiative", "科技体制改革")}, set()),  # guard
        ("对各科创平台运行效益形成有效倒逼", "金华市", set(), {("Project", "各科创平台")}),
        ("1210业务量居全国第三批试点城市首位", "义乌市", set(), {("Initiative", "1210业务量居全国第三批试点")}),
        ("年初引进浙旅集团乡悦基金进驻俞源景区", "武义县", {("Project", "俞源景区")},
         {("Project", "浙旅集团乡悦基金进驻俞源景区")}),
        ("成功列入全国第三批农村宅基地制度改革试点", "义乌市", {("Initiative", "农村宅基地制度改革试点")}, set()),  # guard
    ],
)
def test_development_verbs_and_qualified_kinds(text, region, present, absent):
    assert_found(text, region, present, absent)


# A village named as a kind of village is (文明村, 中心村: the data has villages so named) is that village only right after
# its township; stems that make a title, a kind or a verb name no village the data lacks (无违建村, 畲族村, 小事不出村);
# 革命性 is an adjective, no 革命.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("在全县率先完成县级文明村创建全覆盖", "婺城区", set(), {("Region", "文明村")}),
        ("完成安地镇文明村道路硬化", "婺城区", {("Region", "文明村")}, set()),  # guard
        ("开工建设竹口、黄田生态示范村居项目，引导人口向中心镇、中心村集聚", "宁海县", set(), {("Region", "中心村")}),
        ("19个村成功创建无违建村", "武义县", set(), {("Region", "无违建村")}),
        ("推进畲族村基础设施建设", "景宁畲族自治县", set(), {("Region", "畲族村")}),
        ("力争做到“小事不出村，大事不出乡，矛盾不上交”", "武义县", set(), {("Region", "小事不出村")}),
        ("以未来社区理念推进老旧小区革命性重构和新建社区引领性发展", "金华市", set(),
         {("Initiative", "老旧小区革命")}),
        # guard: 新建村 is among the commonest villages' names
        ("南洞艺谷文旅提升项目位于干䦆镇新建村", "定海区", {("Region", "新建村")}, set()),
    ],
)
def test_kinds_of_village(text, region, present, absent):
    assert_found(text, region, present, absent)


# A 和 after 的 opens a name (的和平温泉小镇项目); 城投建设 holds the stop 投建; a numbered bridge (淮河二桥, 黄河公路二桥) is
# named whole; a type word that ends inside a township's name (洮北区平台镇) is no project's; a quoted sentence is no
# quoted core of a firm's name.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("位于热水镇的和平温泉小镇项目完成投资3.1亿元", "和平县", {("Project", "和平温泉小镇项目")},
         {("Project", "平温泉小镇项目")}),
        ("由固原市城投建设集团承建的原州区第三中学扩建工程秋季开学前交付使用", "原州区",
         {("固原市城投建设集团", "investsIn", "原州区第三中学扩建工程")}, {("Enterprise", "设集团")}),
        ("凤台县人民医院新院区投入使用，凤台淮河二桥建成通车", "凤台县", {("Project", "凤台淮河二桥")}, set()),
        ("三门峡至平陆黄河公路二桥前期工作加快推进", "陕州区", {("Project", "三门峡至平陆黄河公路二桥")},
         {("Project", "三门峡至平陆黄河公路")}),
        ("在洮北区平台镇、到保镇建设杂粮杂豆标准化基地5万亩", "洮北区",
         {("Region", "洮北区"), ("平台镇", "partOf", "洮北区")}, {("Project", "洮北区平台")}),
        ("甜永高速镇原段建成通车", "镇原县", {("Project", "甜永高速镇原段")}, set()),  # guard: 镇 opens 镇原
        ("“昌江正处在‘核电+’产业集聚的窗口期。”海南昌源新材料有限公司董事长陈海涛表示", "昌江黎族自治县",
         {("Enterprise", "海南昌源新材料有限公司")}, {("Enterprise", "核电+产业集聚的窗口期。海南昌源新材料有限公司")}),
    ],
)
def test_names_at_a_townships_edge_and_numbered_bridges(text, region, present, absent):
    assert_found(text, region, present, absent)


# A short form that is an everyday word (河源, 新乡), whose last character opens another word (源头, 乡村), names no place;
# where a word follows it whole (同心中学) it does.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("我们坚持生态优先，浑河源头水质稳定保持Ⅱ类以上", "清原满族自治县", set(), {("Region", "河源市")}),
        ("同心中学新校区投入使用", "同心县", {("同心中学新校区", "locatedIn", "同心县")}, set()),  # guard
        ("河源高新区新增企业20家", "河源市", {("河源高新区", "locatedIn", "河源市")}, set()),  # guard
    ],
)
def test_short_forms_that_are_everyday_words(text, region, present, absent):
    assert_found(text, region, present, absent)


# Quoted development slogans with no type word are no programmes: what makes a county thrive (工业立县、文旅旺县) or one
# thing furthering another (以文塑旅、以旅彰文); a mechanism (“以奖代补”机制) is one.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("我们坚持“工业立县、文旅旺县”，全县经济社会发展迈出坚实步伐", "和平县", set(),
         {("Initiative", "工业立县、文旅旺县")}),
        ("坚持“以文塑旅、以旅彰文”，全力打造黄河上游生态文化旅游目的地", "贵德县", set(),
         {("Initiative", "以文塑旅、以旅彰文")}),
        ("全面推行“以奖代补”机制", "贵德县", {("Initiative", "以奖代补机制")}, set()),  # guard
    ],
)
def test_quoted_development_slogans(text, region, present, absent):
    assert_found(text, region, present, absent)


# A one-character verb before 项目 takes projects as its object (引项目, 抓项目, 以项目带…), and 抓实 is a verb like 抓好;
# a works word in brackets after 新建 is the other verb, not the name's. Nor does a one-character verb (进园区, 待区块) or
# a bracketed word alone ((技改)项目) name a project; 接通 stops a name.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("3.优化营商环境引项目。认真落实“书记和区长项目”", "温州市", set(), {("Project", "优化营商环境引项目")}),
        ("大力支持乡贤以项目回迁、资金回流、智力回乡", "浦江县", set(), {("Project", "乡贤以项目")}),
        ("注重改善民生，抓实民生项目，提升群众幸福感", "瓯海区", set(), {("Project", "抓实民生项目")}),
        ("深入推进农村人居环境整治，抓实“厕所革命”", "凤台县", {("Initiative", "厕所革命")},
         {("Initiative", "抓实厕所革命")}),
        ("新建（改造）城东公园、滨江公园，新增城区绿地300亩", "庆元县", {("Project", "城东公园")},
         {("Project", "（改造）城东公园"), ("Project", "(改造)城东公园")}),
        ("协鑫集团投资建设的招远光伏电站项目并网发电", "招远市", {("Project", "招远光伏电站项目")}, set()),  # guard
        ("全力推动小微企业进园区工作", "浦江县", set(), {("Project", "进园区")}),
        ("地梁浇筑完成招投标，待区块条件允许即可进场施工", "嵊州市", set(), {("Project", "待区块")}),
        ("全面接通市域铁路S1线10条通站道路", "瓯海区", set(), {("Project", "接通市域铁路S1线")}),
        ("十大工业投资(技改)项目完成投资45.6亿元", "金华市", set(), {("Project", "(技改)项目")}),
        ("推进杭金衢高速公路诸暨段改扩建工程", "诸暨市", {("Project", "杭金衢高速公路诸暨段改扩建工程")}, set()),  # guard
        ("县体育中心建成投用", "嵊州市", {("Project", "县体育中心")}, set()),  # guard
    ],
)
def test_verbs_before_projects(text, region, present, absent):
    assert_found(text, region, present, absent)


# A district's full name whose first character ends an everyday word and whose suffix ends another (新增城区, 建立山区)
# names no district; written so (广州市增城区) it does.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("新增城区绿地300亩，新建公园10个", "瓯海区", set(), {("Region", "增城区")}),
        ("建立山区巡回诊疗服务运行机制，开展巡回诊疗500场次", "瓯海区", set(), {("Region", "立山区")}),
        ("与广州市增城区开展产业合作", "瓯海区", {("Region", "增城区")}, set()),  # guard
        ("鞍山市立山区新增就业1.2万人", "鞍山市", {("Region", "立山区")}, set()),  # guard
    ],
)
def test_districts_split_across_words(text, region, present, absent):
    assert_found(text, region, present, absent)


def test_a_zones_city_scopes_short_forms():
    """A report of a zone (宁波保税区, no division) reads short forms of places in the zone's city and province, as a
    report of the city does: 航天等 names no 天等县 (Guangxi), 北仑 is 宁波市北仑区."""
    context = {"region": "宁波保税区", "parent_region": "宁波市", "year": 2024}
    mentions, _ = extract_text("探索引入航空、航天等高精尖产业，与北仑共建港口物流园", context=context)
    names = {m.name for m in mentions if m.type == "Region"}
    assert "天等县" not in names and "北仑区" in names


# Counted principles, aspects and demands of a speech (四个坚持, 六个方面, 三个务必) are no programmes; counted things
# carried out are (三个一批活动, 五个中心).
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("紧跟市政府“六个方面”工作方向，全力稳企业、增动能", "瓯海区", set(), {("Initiative", "六个方面")}),
        ("我们必须始终做到“四个坚持”，推动高质量发展", "衢州市", set(), {("Initiative", "四个坚持")}),
        ("牢记“三个务必”，以钉钉子精神抓好落实", "金华市", set(), {("Initiative", "三个务必")}),
        ("深入开展“三个一批”活动", "金华市", {("Initiative", "三个一批活动")}, set()),  # guard
    ],
)
def test_counted_principles(text, region, present, absent):
    assert_found(text, region, present, absent)


# A counted list of towns before a title of towns (三个省级百强中心镇) names no facility of each.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("推进尚义镇、多悦镇、思蒙镇三个省级百强中心镇建设", "东坡区", {("Region", "尚义镇")},
         {("Project", "尚义镇省级百强中心"), ("Project", "多悦镇省级百强中心")}),
        ("加快城北、同心、蒲潭三所幼儿园建设", "浦江县", {("Project", "城北幼儿园")}, set()),  # guard
    ],
)
def test_counted_towns_of_a_title(text, region, present, absent):
    assert_found(text, region, present, absent)


# A short form ending in 江 or 河 before a river's part names the river (嫩江右岸: no 嫩江市); 通村 (roads reaching
# villages) names no village.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("实施嫩江右岸昂昂溪段堤防加固工程", "昂昂溪区", {("嫩江右岸昂昂溪段堤防加固工程", "locatedIn", "昂昂溪区")},
         {("Region", "嫩江市")}),
        ("嫩江流域综合治理有序推进，嫩江经济开发区新增企业8家", "黑河市", {("嫩江经济开发区", "locatedIn", "嫩江市")},
         set()),  # guard
        ("新建改建通村道路86公里", "吴堡县", set(), {("Region", "新建改建通村"), ("Region", "改建通村")}),
        ("硬化通村公路50公里", "吴堡县", set(), {("Region", "硬化通村")}),
    ],
)
def test_rivers_and_roads_to_villages(text, region, present, absent):
    assert_found(text, region, present, absent)


# A site's name right before a firm's (舟山绿色石化基地浙江石油化工有限公司) is a project of its own; 共同 after a name ends
# it; a quoted call to work (“拼经济、抓项目”，) is no programme, one carried out (“优资源、强平台、促发展”集中攻坚) is.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("舟山绿色石化基地浙江石油化工有限公司4000万吨/年炼化一体化项目稳定运行", "岱山县",
         {("Project", "舟山绿色石化基地"), ("Enterprise", "浙江石油化工有限公司"),
          ("浙江石油化工有限公司", "investsIn", "4000万吨/年炼化一体化项目")},
         {("Enterprise", "舟山绿色石化基地浙江石油化工有限公司")}),
        ("浙江晨阳新能源科技有限公司董事长陈立军共同见证签约", "广信区", {("Person", "陈立军")},
         {("Person", "陈立军共同")}),
        ("清苑区将坚持“拼经济、抓项目”，落实“项目管家”机制", "清苑区", {("Initiative", "项目管家机制")},
         {("Initiative", "拼经济、抓项目")}),
        ("全面推进“优资源、强平台、促发展”集中攻坚", "金华市", {("Initiative", "优资源、强平台、促发展")}, set()),  # guard
    ],
)
def test_sites_before_firms_and_calls_to_work(text, region, present, absent):
    assert_found(text, region, present, absent)


# A zone that the division tables list as a township (灌云临港产业区) is no Region; a kind of project before a named one
# (援疆项目托里县人民医院…) is no part of its name; a speaker's act ends a name of unknown surname (县长扎西次仁在致辞);
# a numbered formula (两江四湖, 三江六岸) names no township.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("年产30万吨高性能聚酰胺项目落户灌云临港产业区", "灌云县", set(), {("Region", "灌云临港产业区")}),
        ("援疆项目托里县人民医院综合住院楼由中建八局承建", "托里县",
         {("中建八局", "investsIn", "托里县人民医院综合住院楼")}, {("Project", "援疆项目托里县人民医院综合住院楼")}),
        ("芒康县委副书记、县长扎西次仁在致辞中介绍", "芒康县", {("扎西次仁", "holdsPost", "芒康县")}, set()),
        ("推进象鼻山—两江四湖夜游提升项目", "象山区", set(), {("两江四湖夜游提升项目", "locatedIn", "两江镇")}),
        ("四川九环文旅集团有限公司投资建设九寨沟景区提升项目", "九寨沟县",
         {("四川九环文旅集团有限公司", "locatedIn", "四川省")}, set()),  # guard
    ],
)
def test_zones_kinds_speakers_and_formulas(text, region, present, absent):
    assert_found(text, region, present, absent)


# Awareness and spirits (“前列意识”), titles to win (夺取“一星级平安金鼎”) and quoted examples of another kind (“一杯水”等
# 公益服务品牌) are no programmes; a verb before a
# programme's kind (重点领域抓改革) ends no name, 明确 and 此次 open none; the region that gives aid (浙江援疆项目) is not
# where the works stand.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("强化“窗口意识”，做引领示范的标杆；强化“前列意识”，做谋事干事的先锋", "金华市", set(),
         {("Initiative", "窗口意识"), ("Initiative", "前列意识")}),
        ("严厉打击各类违法犯罪，努力夺取“一星级平安金鼎”", "浦江县", set(), {("Initiative", "一星级平安金鼎")}),
        ("围绕重点领域抓改革，以开放促改革", "温州市", set(), {("Initiative", "领域抓改革"), ("Initiative", "以开放促改革")}),
        ("深入开展“三抓三促”行动，扎实推进三抓三促行动", "兰州市", {("Initiative", "三抓三促行动")}, set()),  # guard
        ("进一步明确数字化改革重点任务", "温州市", {("Initiative", "数字化改革")}, {("Initiative", "明确数字化改革")}),
        ("此次浙江援疆项目的集中开工，是浙江与阿克苏地区长期协作的成果", "阿克苏地区", set(),
         {("Project", "此次浙江援疆项目"), ("浙江援疆项目", "locatedIn", "浙江省")}),
        # quoted examples of a kind named after 等 are what that kind says (brands, tasks), not programmes by their numbers
        ("“小飞象”“一杯水”等一批公益服务品牌影响广泛", "绍兴市", set(), {("Initiative", "一杯水")}),
        ("出色完成“党的十九大”“世界互联网大会”“金砖五国会晤”等护航任务", "温州市", set(), {("Initiative", "金砖五国会晤")}),
        ("引进培育“千人计划”“万人计划”等领军型人才20人", "温州市", {("Initiative", "千人计划")}, set()),  # guard
    ],
)
def test_awareness_titles_and_verbs_before_kinds(text, region, present, absent):
    assert_found(text, region, present, absent)


# An airport's terminal area and terminal building are facilities of their own (翔安国际机场航站区, 丽泽城市航站楼); a
# terminal named by no airport or city is none.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("翔安国际机场航站区、翔安机场快速路加快建设", "翔安区", {("Project", "翔安国际机场航站区")},
         {("Project", "翔安国际机场")}),
        ("丽泽城市航站楼开工建设", "丰台区", {("Project", "丽泽城市航站楼")}, set()),
        ("牡丹江海浪国际机场改扩建工程完成航站楼主体建设", "牡丹江市", {("Project", "牡丹江海浪国际机场改扩建工程")},
         {("Project", "航站楼"), ("Project", "完成航站楼")}),  # guard
    ],
)
def test_airport_terminals(text, region, present, absent):
    assert_found(text, region, present, absent)


# A resettlement area is a facility (西峰区北部新城安置区, 峨堡镇生态移民安置小区); 搬迁至 opens no name, 宿迁至徐州 is a route.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("西峰区北部新城安置区、西峰区第三中学建设提速推进", "西峰区",
         {("西峰区北部新城安置区", "locatedIn", "西峰区")}, {("Project", "西峰区北部新城")}),
        ("建成峨堡镇生态移民安置小区，坚持", "祁连县", {("峨堡镇生态移民安置小区", "locatedIn", "峨堡镇")}, set()),
        ("2300余名群众顺利搬迁至山南市贡嘎县森布日安置区", "双湖县", {("Project", "山南市贡嘎县森布日安置区")},
         {("Project", "搬迁至山南市贡嘎县森布日安置区")}),
        ("宿迁至徐州高速公路改扩建工程开工", "宿迁市", {("Project", "宿迁至徐州高速公路改扩建工程")}, set()),  # guard
    ],
)
def test_resettlement_areas(text, region, present, absent):
    assert_found(text, region, present, absent)


# A place's section of a corridor or a belt stays in its name, as of a road (合淮产业走廊寿县段).
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("推进合淮产业走廊寿县段建设", "寿县", {("合淮产业走廊寿县段", "locatedIn", "寿县")}, {("Project", "合淮产业走廊")}),
        ("推进沿淮生态廊道寿县段建设", "寿县", {("Project", "沿淮生态廊道寿县段")}, set()),
        ("建设沿江景观带起步段", "寿县", {("Project", "沿江景观带")}, set()),  # guard
    ],
)
def test_sections_of_corridors(text, region, present, absent):
    assert_found(text, region, present, absent)


# A paired park's first partner may follow a verb that stops no name (建设扬州—宝鸡产业合作园); 飞地园 is an enclave's park.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("建设扬州—宝鸡产业合作园。", "宝鸡市", {("Project", "扬州—宝鸡产业合作园")}, {("Project", "宝鸡产业合作园")}),
        ("石龙山•龙山公园(一期)等如期建成", "瓯海区", set(), {("Project", "龙山•龙山公园")}),  # guard
        ("与贵安新区共建南明—贵安数字产业飞地园。", "南明区", {("Project", "南明—贵安数字产业飞地园")},
         {("Project", "南明—贵安数字产业飞地")}),
    ],
)
def test_partners_after_verbs(text, region, present, absent):
    assert_found(text, region, present, absent)


# Works that facelift, widen or save water build something (柳巷商圈提质改造工程, 节水改造工程): projects, not programmes.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("推进柳巷商圈提质改造工程", "杏花岭区", {("Project", "柳巷商圈提质改造工程")},
         {("Initiative", "商圈提质改造工程"), ("Initiative", "柳巷商圈提质改造工程")}),
        ("实施嫩江灌区续建配套与节水改造工程", "镇赉县", set(), {("Initiative", "节水改造工程")}),
        ("实施全域旅游提档升级工程", "浦江县", set(), {("Project", "全域旅游提档升级工程")}),  # guard
    ],
)
def test_facelift_works(text, region, present, absent):
    assert_found(text, region, present, absent)


# Homes for the elderly, complete primary schools and talent flats are facilities (国荣乡敬老院, 聚凤乡中心完小,
# 高铁新城人才公寓); a township's level before the kind names none (三所乡级敬老院), nor do 乡镇 (提质改造乡镇敬老院);
# 补齐, 配套建设 and 提质改造 open no name; 轨道交通产业链 is an industry's chain; a place's title (“朱子故里、建本之乡”)
# is no programme; works that bring water (岱海生态保护补水工程) are built.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("吴江区援建的聚凤乡中心完小、国荣乡敬老院相继建成", "石阡县",
         {("Project", "聚凤乡中心完小"), ("国荣乡敬老院", "locatedIn", "国荣乡")}, {("Project", "聚凤乡中心")}),
        ("长沙南站东广场综合交通枢纽改造工程、高铁新城人才公寓建成交付", "雨花区", {("Project", "高铁新城人才公寓")}, set()),
        ("姚家乡、莲荷乡、司铺乡三所乡级敬老院改造完工", "横峰县", set(),
         {("Project", "姚家乡乡级敬老院"), ("Project", "司铺乡乡级敬老院")}),  # guard (of the new type words)
        ("提质改造乡镇敬老院，推行公建民营模式", "浦江县", set(),
         {("Project", "乡镇敬老院"), ("Project", "提质改造乡镇敬老院")}),  # guard
        ("光社街道配套建设人才公寓500套", "尖草坪区", set(), {("Project", "光社街道配套建设人才公寓")}),  # guard
        ("将进一步补齐区域轨道交通产业链整车制造环节", "新都区", set(),
         {("Project", "补齐区域轨道交通"), ("Project", "区域轨道交通")}),
        ("擦亮“朱子故里、建本之乡”文化名片，实施“朱子故里、建本之乡”", "建阳区", set(),
         {("Initiative", "朱子故里、建本之乡")}),
        ("实施岱海生态保护补水工程", "凉城县", {("Project", "岱海生态保护补水工程")}, {("Initiative", "生态保护补水工程")}),
    ],
)
def test_homes_schools_flats_and_kinds(text, region, present, absent):
    assert_found(text, region, present, absent)


# A 和 right after a verb of settling opens a name (落户和丰工业园区); a 和 before a trade alone is inside a firm's name
# (江苏华和新材料科技有限公司, 江苏汤沟两相和酒业有限公司).
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("煤制天然气项目将落户和丰工业园区，建成后可实现年产值58亿元", "和布克赛尔蒙古自治县", {("Project", "和丰工业园区")},
         {("Project", "丰工业园区")}),
        ("温州医科大学东阳校区筹建和中国计量大学现代科技学院迁建", "东阳市", {("Project", "中国计量大学现代科技学院")},
         {("Project", "和中国计量大学现代科技学院")}),  # guard
        ("与江苏华和新材料科技有限公司签约", "灌南县", {("Enterprise", "江苏华和新材料科技有限公司")},
         {("Enterprise", "新材料科技有限公司")}),
        ("江苏汤沟两相和酒业有限公司投资5亿元建设白酒酿造技改扩能项目", "灌南县",
         {("江苏汤沟两相和酒业有限公司", "investsIn", "白酒酿造技改扩能项目")}, {("Enterprise", "酒业有限公司")}),
        ("阿里巴巴和腾讯科技有限公司", "杭州市", {("Enterprise", "腾讯科技有限公司")}, set()),  # guard
    ],
)
def test_and_inside_names(text, region, present, absent):
    assert_found(text, region, present, absent)


# A counted list of places followed by 的 names the places' works of a kind, none named after each place.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("新繁街道、清流镇、军屯镇的3个农商文旅融合项目同步签约。", "新都区", {("Region", "军屯镇")},
         {("Project", "军屯镇的农商文旅融合项目"), ("Project", "清流镇农商文旅融合项目")}),
        ("以及分别落户夏孜盖乡、查干库勒乡的两个畜牧产业融合项目。", "和布克赛尔蒙古自治县", {("Region", "夏孜盖乡")},
         {("Project", "查干库勒乡的畜牧产业融合项目"), ("Project", "夏孜盖乡畜牧产业融合项目")}),
        ("推动江安、长宁、兴文三个经济开发区提档升级", "宜宾市", {("Project", "长宁经济开发区")}, set()),  # guard
    ],
)
def test_places_works_of_a_kind(text, region, present, absent):
    assert_found(text, region, present, absent)


# A route's first end locates nothing also where it is a village within its township or a county's seat (县城至); a
# county before the end holds the whole route.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("官道口镇新坪村至狮子坪乡公路改建工程开工", "卢氏县", {("Project", "官道口镇新坪村至狮子坪乡公路改建工程")},
         {("官道口镇新坪村至狮子坪乡公路改建工程", "locatedIn", "官道口镇")}),
        ("申扎县城至雄梅镇公路改扩建工程完工", "申扎县", {("Project", "申扎县城至雄梅镇公路改扩建工程")},
         {("申扎县城至雄梅镇公路改扩建工程", "locatedIn", "申扎县")}),
        ("完成G351浦江郑家坞至联盟段建设", "浦江县", {("G351浦江郑家坞至联盟段", "locatedIn", "浦江县")}, set()),  # guard
    ],
)
def test_first_ends_of_routes(text, region, present, absent):
    assert_found(text, region, present, absent)


# A district named 新区 written right after a county it does not belong to is that county's zone (阳西县滨海新区), not
# the far district (天津 滨海新区); after its own city, or a city it spans (眉山天府新区), it is the district.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("阳江高新区阳西产业园、阳西县滨海新区两大平台新签约项目21个", "阳西县",
         {("阳西县滨海新区", "locatedIn", "阳西县")}, {("Region", "滨海新区")}),
        ("天津市滨海新区新签约项目21个", "天津市", {("滨海新区", "partOf", "天津市")}, {("Project", "天津市滨海新区")}),  # guard
        ("四川天府新区建设提速", "成都市", {("天府新区", "partOf", "四川省")}, set()),  # guard
        ("眉山天府新区建设提速", "眉山市", {("Region", "天府新区")}, {("Project", "眉山天府新区")}),
    ],
)
def test_new_areas_of_other_regions(text, region, present, absent):
    assert_found(text, region, present, absent)


# 中心村 is a kind of village, not a centre (美丽乡村中心村); 中西医结合 is a hospital's kind, not the verb 结合; 该县 and
# its like refer back to a place, and the name starts after them.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("章广镇、施集镇建成省级美丽乡村中心村8个", "定远县", {("Region", "章广镇")}, {("Project", "美丽乡村中心")}),
        ("创建省级和美乡村中心村40个", "亳州市", set(), {("Project", "和美乡村中心")}),
        ("加快宝山区中西医结合医院迁建工程", "宝山区", {("Project", "宝山区中西医结合医院迁建工程")},
         {("Project", "医院迁建工程")}),
        ("投资12亿元在该县金砂湾工业园建设退役动力电池回收利用项目", "湖口县", {("Project", "金砂湾工业园")},
         {("Project", "县金砂湾工业园")}),
        ("该项目位于该区临港产业园", "大丰区", {("Project", "临港产业园")}, {("Project", "区临港产业园")}),
        ("建设市中心医院新院区", "黄石市", {("Project", "市中心医院新院区")}, set()),  # guard
    ],
)
def test_words_that_look_like_stops_or_types(text, region, present, absent):
    assert_found(text, region, present, absent)


# A zone's title granted, awarded or sought is no project, also where its level is dropped from the name (获评国家级…)
# or a place opens it (争创陇南市全域旅游示范区, 获批江西省绿色园区); the place is then a region of its own.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("我县成功创建省级全域旅游示范区", "康平县", set(), {("Project", "全域旅游示范区")}),
        ("北辰经济技术开发区获评国家级绿色工业园区", "北辰区", {("Project", "北辰经济技术开发区")},
         {("Project", "绿色工业园区")}),
        ("缙云经济开发区获批省级高新技术产业园区", "缙云县", set(), {("Project", "高新技术产业园区")}),
        ("永川高新区获批国家高新区", "永川区", {("Project", "永川高新区")}, {("Project", "国家高新区")}),
        ("横峰经济开发区获批江西省绿色园区", "横峰县", {("Region", "江西省")}, {("Project", "江西省绿色园区")}),
        ("在祁山镇实施祁山堡景区提升工程，争创陇南市全域旅游示范区", "礼县", {("Region", "陇南市")},
         {("Project", "陇南市全域旅游示范区")}),
        ("金义都市新区智能制造产业园等创建省级“万亩千亿”平台", "金华市", set(), {("Initiative", "万亩千亿")}),  # guard
        ("义乌获批金华综合保税区", "义乌市", {("Project", "金华综合保税区")}, set()),  # guard
        ("建设义乌全域旅游集散中心", "义乌市", {("Project", "义乌全域旅游集散中心")}, set()),  # guard
    ],
)
def test_titles_of_zones(text, region, present, absent):
    assert_found(text, region, present, absent)


# Where two stops overlap (共建成德…) the name opens with the second's last character; 打造成, 建设成 and 重点项目 open
# names; 和 after a route's 至 opens the far end (昔阳至和顺); a township written before a county or city says where the
# county's works are, and the name opens with the county.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("与成都市合作共建成德临港经济产业带", "德阳市", {("Project", "成德临港经济产业带")}, {("Project", "德临港经济产业带")}),
        ("还与成都市双流区签署合作协议，合作共建成乐硅材料协同创新中心", "乐山市", {("Project", "成乐硅材料协同创新中心")},
         set()),
        ("把群科新区打造成黄河谷地产业承接平台", "化隆回族自治县", set(),  # a goal, no project (session 56)
         {("Project", "成黄河谷地产业承接平台"), ("Project", "黄河谷地产业承接平台")}),
        ("黑龙江省重点项目林都机场改扩建工程开工", "伊春市", {("Project", "林都机场改扩建工程")},
         {("Project", "项目林都机场改扩建工程")}),
        ("昔阳至和顺高速公路完成年度投资", "昔阳县", {("Project", "昔阳至和顺高速公路")}, {("Project", "顺高速公路")}),
        ("咸水沽镇津南区人民医院扩建工程完工", "津南区", {("Region", "咸水沽镇"), ("Project", "津南区人民医院扩建工程")},
         {("Project", "咸水沽镇津南区人民医院扩建工程")}),
        ("玉蟾街道泸县人民医院康复楼建成", "泸县", {("Region", "玉蟾街道"), ("Project", "泸县人民医院康复楼")}, set()),
        ("武义县桃溪镇金华市第二医院分院建成", "金华市", {("Project", "金华市第二医院分院")}, set()),
        ("桃溪镇卫生院迁建工程开工", "武义县", {("Project", "桃溪镇卫生院迁建工程")}, set()),  # guard
    ],
)
def test_where_names_open(text, region, present, absent):
    assert_found(text, region, present, absent)


# After a quoted core, one type word that closes a programme's name (工程, 体系…) ends it: a campaign's word after it is
# no part of it (“三北”工程攻坚战: 三北工程); words of doing go on into the campaign's word (“净网”专项整治行动).
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("深入推进“三北”工程攻坚战，完成防沙治沙12万亩", "肃北蒙古族自治县", {("Initiative", "三北工程")},
         {("Initiative", "三北工程攻坚战")}),
        ("深入开展“净网”专项整治行动", "武义县", {("Initiative", "净网专项整治行动")}, set()),  # guard
        ("深化农村“三权”制度改革", "武义县", {("Initiative", "三权制度改革")}, set()),  # guard
    ],
)
def test_one_type_word_after_a_quote(text, region, present, absent):
    assert_found(text, region, present, absent)


# A lake's, hill's or beach's name joined by a dash to another feature opens the name of the works that join them.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("实施色林错—纳木错生态保护修复工程", "班戈县", {("Project", "色林错—纳木错生态保护修复工程")},
         {("Project", "纳木错生态保护修复工程")}),
        ("建成金银滩—原子城景区游客服务中心", "海晏县", {("Project", "金银滩—原子城景区游客服务中心")}, set()),
        ("建设扬州—宝鸡产业合作园", "宝鸡市", {("Project", "扬州—宝鸡产业合作园")}, set()),  # guard
    ],
)
def test_features_joined_by_a_dash(text, region, present, absent):
    assert_found(text, region, present, absent)


# Listed townships and an area of a kind after the last (a base, a belt, a cluster) are each township's area of that
# kind, none named: the townships are regions; a facility each has (社区卫生服务中心) is still one each.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("古鄯镇、马营镇特色种养基地带动3000余户增收", "民和回族土族自治县", {("Region", "古鄯镇"), ("Region", "马营镇")},
         {("Project", "马营镇特色种养基地")}),
        ("打造车站镇、韩道口镇西瓜产业带", "夏邑县", {("Region", "车站镇")},
         {("Project", "车站镇西瓜产业带"), ("Project", "韩道口镇西瓜产业带")}),
        ("金沟屯镇、张百湾镇工业集聚区累计入驻企业41家", "滦平县", {("Region", "张百湾镇")},
         {("Project", "张百湾镇工业集聚区")}),
        ("新改建中阳楼街道、崇文街道社区卫生服务中心", "东阳市", {("Project", "崇文街道社区卫生服务中心")}, set()),  # guard
    ],
)
def test_townships_areas_of_a_kind(text, region, present, absent):
    assert_found(text, region, present, absent)


# A station right after its rail line is the line's station, named with it (渝湘高铁武隆站); its square or building
# (站前广场, 站房) are works of their own, and a word after the line opens no station (杭温高铁建设加油站).
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("渝湘高铁武隆站主体完工", "武隆区", {("Project", "渝湘高铁武隆站")}, {("Project", "渝湘高铁")}),
        ("沈白高铁长白山站在安图县二道白河镇开工", "安图县", {("Project", "沈白高铁长白山站")}, set()),
        ("杭温高铁缙云西站站前综合交通枢纽投用", "缙云县", {("Project", "杭温高铁缙云西站站前综合交通枢纽")},
         set()),  # guard
        ("杭温高铁建设加油站", "缙云县", set(), {("Project", "杭温高铁建设加油站")}),  # guard
    ],
)
def test_stations_of_rail_lines(text, region, present, absent):
    assert_found(text, region, present, absent)


# What a firm is to the government (区属国企, 央企) opens no firm's name.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("太钢不锈钢股份有限公司与区属国企晋西城投集团合作", "万柏林区", {("Enterprise", "晋西城投集团")},
         {("Enterprise", "区属国企晋西城投集团")}),
        ("央企中国电建集团投资建设", "武隆区", {("Enterprise", "中国电建集团")}, {("Enterprise", "央企中国电建集团")}),
    ],
)
def test_what_a_firm_is_to_the_government(text, region, present, absent):
    assert_found(text, region, present, absent)


# 和 that opens or ends a county's short form (和龙, 和静, 民和) is the name's, not a conjunction: the project or firm
# opens before the place, where only places or a road's number stand there; after a work (改造和顺…) 和 joins two.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("实施G331和龙段改建工程", "和龙市", {("Project", "G331和龙段改建工程")}, {("Project", "龙段改建工程")}),
        ("建设延边和龙人参产业园", "和龙市", {("Project", "延边和龙人参产业园")}, {("Project", "龙人参产业园")}),
        ("加快和静工业园区建设，建成和硕现代农业产业园", "和静县",
         {("Project", "和静工业园区"), ("Project", "和硕现代农业产业园")}, {("Project", "静工业园区")}),
        ("民和河湟文旅发展有限公司投资2.8亿元", "民和回族土族自治县", {("Enterprise", "民和河湟文旅发展有限公司")},
         {("Enterprise", "河湟文旅发展有限公司")}),
        ("推进县城集中供热改造和顺电光伏项目", "和顺县", set(),
         {("Project", "县城集中供热改造和顺电光伏项目")}),  # guard
        ("三峡能源共和县100万千瓦风光储一体化项目", "共和县",
         {("Project", "三峡能源共和县100万千瓦风光储一体化项目")}, set()),  # guard
    ],
)
def test_he_inside_a_county_short_form(text, region, present, absent):
    assert_found(text, region, present, absent)


# A county's or township's short form of two characters that begins inside an everyday word is no place (人民和 holds
# no 民和, 新增城镇 no 增城); after a character that frames a name (以北辰之为) or a word's end (实现金东) it stands.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("保障人民和财产安全，增加农民和牧民收入", "西宁市", set(), {("Region", "民和回族土族自治县")}),
        ("全年新增城镇就业岗位六千余个", "增城区", set(), {("Region", "增城区")}),
        ("以北辰之为服务全市大局", "北辰区", {("Region", "北辰区")}, set()),  # guard
        ("推动实现金东发展增速更增势", "金华市", {("Region", "金东区")}, set()),
    ],
)
def test_short_forms_inside_everyday_words(text, region, present, absent):
    assert_found(text, region, present, absent)


# Works of a town's streets and water: a pedestrian street, a utility tunnel, a pumping station are projects by their
# type word; without a name before it (地下综合管廊) a kind of works.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("中山路步行街完成焕新改造", "镜湖区", {("Project", "中山路步行街")}, {("Region", "中山市")}),
        ("地铁9号线建邺段、扬子江大道综合管廊建设加快推进", "建邺区", {("Project", "扬子江大道综合管廊")},
         {("Project", "扬子江大道")}),
        ("开工高铁新城路网水网、地下综合管廊、体育中心", "衢州市", set(), {("Project", "地下综合管廊")}),  # guard
        ("在团洲乡新建红旗、幸福、东升电排站", "华容县",
         {("Project", "红旗电排站"), ("Project", "幸福电排站"), ("Project", "东升电排站")}, set()),
        ("在县城新建城北、同心、蒲潭幼儿园", "华容县", {("Project", "城北幼儿园"), ("Project", "同心幼儿园")}, set()),
    ],
)
def test_street_and_water_works(text, region, present, absent):
    assert_found(text, region, present, absent)


# An acting head's post (代县长) holds no county 代县, nor does 书记和县长 hold 和县; 和县长江大桥 does.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("——2025年1月13日在黎城县第十七届人民代表大会第四次会议上\n黎城县人民政府代县长　王建斌\n各位代表：", "黎城县",
         {("Person", "王建斌")}, {("Region", "代县")}),
        ("县委书记和县长王明出席", "马鞍山市", set(), {("Region", "和县")}),
        ("和县长江大桥开工", "马鞍山市", {("Project", "和县长江大桥")}, set()),  # guard
    ],
)
def test_acting_heads_post(text, region, present, absent):
    assert_found(text, region, present, absent)


# A plain, a sandy land or a basin named by a county's short form is no mention of the county (江汉平原, 科尔沁沙地);
# the campaign against a sandy land is a programme (歼灭战, as 攻坚战 and 阻击战); so is the building of a free trade port.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("蔡甸区地处江汉平原东缘", "蔡甸区", set(), {("Region", "江汉区")}),
        ("全力打好科尔沁沙地歼灭战", "奈曼旗", {("Initiative", "科尔沁沙地歼灭战")}, {("Region", "科尔沁区")}),
        ("主动融入海南自由贸易港建设", "白沙黎族自治县", {("Initiative", "海南自由贸易港建设")},
         {("Project", "海南自由贸易港")}),
        ("持续推进梁子湖区生态环境治理", "梁子湖区", {("Region", "梁子湖区")}, set()),  # guard
    ],
)
def test_landforms_and_campaigns(text, region, present, absent):
    assert_found(text, region, present, absent)


# Words that hold a stop or a dropped prefix stay whole in a name (和牛: wagyu; 智能建造; 培育钻石: lab-grown diamonds); how a
# project is built (以EPC方式, PPP模式) is neither a firm nor part of the project's name.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("黑龙江沃野和牛产业有限公司投资8亿元建设的沃野万头和牛繁育基地建成投产", "龙江县",
         {("Enterprise", "黑龙江沃野和牛产业有限公司"), ("Project", "沃野万头和牛繁育基地")},
         {("Enterprise", "牛产业有限公司")}),
        ("宝业集团股份有限公司投资20亿元建设的宝业智能建造产业园落户杨汛桥街道", "柯桥区",
         {("Project", "宝业智能建造产业园")}, set()),
        ("河南省力量钻石股份有限公司投资35亿元的培育钻石及金刚石功能材料项目二期建成投产", "柘城县",
         {("Project", "培育钻石及金刚石功能材料项目")}, {("Project", "钻石及金刚石功能材料项目")}),
        ("中国电建集团成都勘测设计研究院有限公司将以EPC方式承建喇叭河抽水蓄能电站项目", "天全县",
         {("中国电建集团成都勘测设计研究院有限公司", "investsIn", "喇叭河抽水蓄能电站项目")},
         {("Enterprise", "以EPC方式")}),
        ("以PPP模式建设城东污水处理厂", "天全县", {("Project", "城东污水处理厂")}, set()),
    ],
)
def test_words_over_stops_and_manner_of_building(text, region, present, absent):
    assert_found(text, region, present, absent)


# A mountain's or a lake's side (二郎山东麓, 太行山西麓, 洞庭湖南岸) holds no province 山东, 山西 or 湖南.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("天全县地处二郎山东麓", "天全县", set(), {("Region", "山东省")}),
        ("黎城县地处太行山西麓", "长治市", set(), {("Region", "山西省")}),
        ("加强洞庭湖南岸湿地保护", "岳阳市", set(), {("Region", "湖南省")}),
        ("赴山东考察对接", "日照市", {("Region", "山东省")}, set()),  # guard
    ],
)
def test_sides_of_mountains_and_lakes(text, region, present, absent):
    assert_found(text, region, present, absent)


# Project names: a road's new works (城南环路新建工程: 新建 ends no kind there), a list after two verbs (开工建设), a
# section of a national cultural park; 研学基地 alone is a kind; “标准地” is a reform with 改革 after it only.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("龙江县城南环路新建工程竣工通车", "龙江县", {("Project", "龙江县城南环路新建工程")}, set()),
        ("实施道路新建工程12个", "龙江县", set(), {("Project", "道路新建工程")}),  # guard
        ("开工建设泰伯、星湖、启航三所实验学校", "新吴区", {("Project", "泰伯实验学校"), ("Project", "启航实验学校")},
         {("Project", "建设泰伯实验学校")}),
        ("红军沟长征国家文化公园班玛段建设加快推进", "班玛县", {("Project", "红军沟长征国家文化公园班玛段")},
         {("Project", "红军沟长征国家文化公园")}),
        ("配套建设游览步道和研学基地", "乐安县", set(), {("Project", "研学基地")}),
        ("该项目是八公山区深化“标准地”改革后出让的首宗工业用地", "八公山区", {("Initiative", "标准地改革")}, set()),
        ("62.5%新增工业用地实现“标准地”供地", "金华市", set(), {("Initiative", "标准地")}),  # guard
    ],
)
def test_project_names_and_reforms_session52(text, region, present, absent):
    assert_found(text, region, present, absent)


# A slogan of clauses (“项目为王、产业为基”) is no programme; a note in brackets between a post and the name leaves the
# person and the post (副州长（上海援青干部）周文斌); a village written after a township begins right after it (西坪镇坊城新村
# holds no 城新村 of another township).
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("我们坚持「项目为王、产业为基」", "柘城县", set(), {("Initiative", "项目为王、产业为基")}),
        ("果洛州委常委、副州长（上海援青干部）周文斌出席开工仪式", "班玛县",
         {("Person", "周文斌"), ("周文斌", "holdsPost", "果洛藏族自治州")}, set()),
        ("以西坪镇坊城新村为示范", "云州区", {("Region", "西坪镇")}, {("Region", "城新村")}),
        ("西坪镇大坊城村", "云州区", {("Region", "大坊城村")}, set()),  # guard
    ],
)
def test_slogans_posts_and_villages_session52(text, region, present, absent):
    assert_found(text, region, present, absent)


# Relations from op31's news: a county and its township across 县城 (石泉县城关镇); a pair written before a pair of
# provinces' abbreviations (金坛区与石泉县苏陕协作), in its clause only; a cooperation that signs is no firm; the builder
# after where the project lies (位于牛田镇流坑村，由X投资建设), in the next paragraph (该项目由X…), or after 项目 opening the
# sentence; 签约落地 lands a project where it is; what a cooperation makes (共建的P) is followed by its site, no partner.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("支持石泉县城关镇、饶峰镇建设社区工厂8个", "石泉县",
         {("城关镇", "partOf", "石泉县"), ("饶峰镇", "partOf", "石泉县")}, set()),
        ("江苏省常州市金坛区与陕西省安康市石泉县苏陕协作产业合作签约仪式在石泉县举行", "石泉县",
         {("石泉县", "cooperatesWith", "金坛区")}, set()),
        ("长阳镇、阎村镇完成农村人居环境整治。与河北省保定市涞水县、易县深化京冀协作", "房山区",
         {("房山区", "cooperatesWith", "涞水县")}, {("涞水县", "cooperatesWith", "长阳镇")}),  # guard
        ("金坛区与石泉县产业合作签约仪式举行", "石泉县", {("石泉县", "cooperatesWith", "金坛区")},
         {("Enterprise", "石泉县产业合作")}),
        ("流坑古村文旅综合开发项目位于牛田镇流坑村，由江西省旅游集团股份有限公司投资建设", "乐安县",
         {("江西省旅游集团股份有限公司", "investsIn", "流坑古村文旅综合开发项目")}, set()),
        ("总投资2.8亿元的红芯红薯精深加工项目在猫营镇建成投产。副市长吴红梅出席投产仪式。\n"
         "该项目由贵州紫薯源农业发展有限公司投资建设", "紫云苗族布依族自治县",
         {("贵州紫薯源农业发展有限公司", "investsIn", "红芯红薯精深加工项目")}, set()),
        ("班玛县藏雪茶产业园在赛来塘镇开工建设。\n项目总投资1.35亿元，由青海果洛雪域高原农牧科技有限公司投资建设，"
         "中建八局第三建设有限公司承建", "班玛县",
         {("青海果洛雪域高原农牧科技有限公司", "investsIn", "班玛县藏雪茶产业园"),
          ("中建八局第三建设有限公司", "investsIn", "班玛县藏雪茶产业园")}, set()),
        ("与浙江省义乌市合作共建的义柘小商品产业园在安平镇签约落地", "柘城县",
         {("义柘小商品产业园", "locatedIn", "安平镇"), ("义乌市", "cooperatesWith", "柘城县")},
         {("义乌市", "cooperatesWith", "安平镇")}),
        ("义柘小商品产业园在安平镇签约", "柘城县", set(), {("义柘小商品产业园", "locatedIn", "安平镇")}),  # guard
    ],
)
def test_relations_of_news_session52(text, region, present, absent):
    assert_found(text, region, present, absent)


# Names from op32's reports and news: the role after 以X为 ends no name (以东韩村为核心建设…); 快速干道 is a road; a side's
# section keeps the place's section after it (南段鄠邑段); a place's part of a park stays in its name (工业城温宿片区); what a
# firm carries out somewhere is its project (…公司在柯柯镇实施的…项目); 视频连线 builds nothing; 保护与更新 holds a 与; 嘎查村
# are villages of no name; 覆盖 and 年内 open no name; a class a project is one of (…示范项目之一) is no name; a counted
# list's last item is read without its count (朱备三镇); a season after a year is no part of a name.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("以东韩村为核心建设东韩农民画文化产业园", "鄠邑区", {("Project", "东韩农民画文化产业园")},
         {("Project", "核心建设东韩农民画文化产业园")}),
        ("加快鄠周眉快速干道建设", "鄠邑区", {("Project", "鄠周眉快速干道")}, set()),
        ("加快西安外环高速公路南段鄠邑段建设", "鄠邑区",
         {("Project", "西安外环高速公路南段鄠邑段"), ("西安外环高速公路南段鄠邑段", "locatedIn", "鄠邑区")}, set()),
        ("阿克苏纺织工业城温宿片区新入驻企业12家", "温宿县", {("Project", "阿克苏纺织工业城温宿片区")},
         {("Project", "阿克苏纺织工业城")}),
        ("中盐青海昆仑碱业有限公司在柯柯镇实施的纯碱装置节能技改项目完成投资3.2亿元", "乌兰县",
         {("Project", "纯碱装置节能技改项目"), ("纯碱装置节能技改项目", "locatedIn", "柯柯镇"),
          ("中盐青海昆仑碱业有限公司", "investsIn", "纯碱装置节能技改项目")}, set()),
        ("玖龙纸业董事长通过视频连线表示", "江津区", set(), {("Project", "视频连线")}),
        ("汀州古城保护与更新工程完成年度任务", "长汀县", {("Project", "汀州古城保护与更新工程")}, set()),
        ("引导旗内外企业结对帮扶嘎查村32个", "科尔沁右翼前旗", set(), {("Region", "帮扶嘎查村")}),
        ("智慧供热改造工程覆盖振兴、渤海、友谊三个街道", "兴隆台区", {("Region", "振兴街道"), ("Region", "友谊街道")},
         {("Region", "覆盖振兴街道")}),
        ("力争年内园区招引企业20家以上", "通川区", set(), {("Project", "年内园区")}),
        ("华电沾化海上光伏项目是山东省首批桩基固定式海上光伏示范项目之一", "沾化区", {("Project", "华电沾化海上光伏项目")},
         {("Project", "山东省首批桩基固定式海上光伏示范项目")}),
        ("庙前、陵阳、朱备三镇乡村旅游接待游客突破300万人次", "青阳县", {("Region", "朱备镇"), ("Region", "庙前镇")},
         {("Region", "朱备三镇")}),
        ("推进城东、城西、黄岗三个街道改造", "端州区", {("Region", "黄岗街道")}, set()),  # guard
        ("塔城市2024年秋季招商引资项目集中签约仪式举行", "塔城市", set(), {("Project", "秋季招商引资项目")}),
    ],
)
def test_names_session53(text, region, present, absent):
    assert_found(text, region, present, absent)


# Firms from op32's news: a short name before where it builds (一汽富维在九台经开区建设的…, 玖龙纸业拟在珞璜镇投资35亿元), not the
# partners of a cooperation (锡互两地); a township's short form in a firm's name is its brand, no place it lies in.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("一汽富维在九台经开区建设的汽车内饰件项目年内达产", "九台区",
         {("Enterprise", "一汽富维"), ("一汽富维", "investsIn", "汽车内饰件项目")}, {("Enterprise", "一汽")}),
        ("玖龙纸业拟在珞璜镇投资35亿元建设年产60万吨高档包装纸项目", "江津区",
         {("Enterprise", "玖龙纸业"), ("玖龙纸业", "investsIn", "年产60万吨高档包装纸项目")}, set()),
        ("锡互两地在互助县投资建设的高原绿色食品产业园引进企业5家", "互助土族自治县", set(),
         {("Enterprise", "锡互两地")}),
        ("九华新材料科技股份有限公司年产20万吨超细碳酸钙项目建成投产", "青阳县",
         {("Enterprise", "九华新材料科技股份有限公司")}, {("九华新材料科技股份有限公司", "locatedIn", "九华乡")}),
        ("成立履坦新农村建设发展有限公司", "履坦镇", {("履坦新农村建设发展有限公司", "locatedIn", "履坦镇")}, set()),  # guard
    ],
)
def test_firms_session53(text, region, present, absent):
    assert_found(text, region, present, absent)


# Relations from op32: an enclave (飞地) lies where the text says, not in the place it is named after; a township that
# starts works at once (同步开工建设) and 在X投入使用 locate them; each of the regions listed before 援建 gives the aid; a
# prefecture's committee (地委) is the prefecture's, its member (委员) holds a post; a cooperation in fields (与X在…领域开展
# 合作); 落户Y的 after a list's comma says where the next item is; 在X共同打造, 在X合作建设的 locate what is built.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("深化山海协作，在宁波市鄞州区合作共建的平阳科创飞地年内投用", "平阳县", {("平阳科创飞地", "locatedIn", "鄞州区")},
         {("平阳科创飞地", "locatedIn", "平阳县")}),
        ("荣成市与江苏省昆山市签署结对合作协议，双方将合作共建荣成昆山产业飞地", "荣成市",
         {("Project", "荣成昆山产业飞地")}, {("荣成昆山产业飞地", "locatedIn", "荣成市")}),
        ("洒渔镇同步开工建设昭通苹果冷链物流中心", "昭阳区", {("昭通苹果冷链物流中心", "locatedIn", "洒渔镇")}, set()),
        ("天津市河西区援建的津科肉牛产业园在索伦镇投入使用", "科尔沁右翼前旗", {("津科肉牛产业园", "locatedIn", "索伦镇")},
         set()),
        ("东城区、西城区援建的区人民医院住院楼建成启用", "堆龙德庆区",
         {("东城区", "cooperatesWith", "堆龙德庆区"), ("堆龙德庆区", "cooperatesWith", "西城区")}, set()),
        ("塔城地委委员、塔城市委书记王建军出席", "塔城市",
         {("王建军", "holdsPost", "塔城地区"), ("王建军", "holdsPost", "塔城市")}, set()),
        ("塔城地委书记王建军出席", "塔城市", {("王建军", "holdsPost", "塔城地区")}, {("王建军", "holdsPost", "塔城市")}),
        ("与天津市滨海新区在临港产业、港口物流等领域开展合作", "沾化区", {("沾化区", "cooperatesWith", "滨海新区")}, set()),
        ("同日开工的还有在竹沟镇建设的竹沟红色文旅小镇项目、落户留庄镇的豫南冷链物流园等", "确山县",
         {("豫南冷链物流园", "locatedIn", "留庄镇"), ("竹沟红色文旅小镇项目", "locatedIn", "竹沟镇")},
         {("竹沟红色文旅小镇项目", "locatedIn", "留庄镇")}),
        ("双方将在通川区魏兴镇共同打造万通川渝合作产业园", "通川区", {("万通川渝合作产业园", "locatedIn", "魏兴镇")}, set()),
        ("在雕鹗镇合作建设的延赤生态农业产业园首批12家企业入驻", "赤城县", {("延赤生态农业产业园", "locatedIn", "雕鹗镇")},
         set()),
    ],
)
def test_relations_session53(text, region, present, absent):
    assert_found(text, region, present, absent)


# From op33: a cooperation word with no region in its clause is with the regions that open the next clause (深化东西部
# 协作，向甘肃省定西市安定区选派…; 东西部协作成效明显，上海市宝山区全年投入…), unless that clause pairs its own regions or
# the word is in a programme's name (京津冀协同发展战略); works on an underground space are built; people who come home to
# invest are no firm; a township's 山区公路 is a kind of road.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("深化东西部协作，向甘肃省定西市安定区选派专业技术人才46名，共建帮扶车间18个", "罗庄区",
         {("安定区", "cooperatesWith", "罗庄区")}, {("定西市", "cooperatesWith", "罗庄区")}),
        ("东西部协作成效明显，上海市宝山区全年投入协作资金1.1亿元", "梁河县", {("宝山区", "cooperatesWith", "梁河县")},
         set()),
        ("东西部协作走深走实，广州市天河区、黄埔区分别与七星关区、大方县开展结对帮扶", "毕节市", set(),
         {("天河区", "cooperatesWith", "毕节市")}),  # guard
        ("深入实施京津冀协同发展战略，承接北京非首都功能疏解项目186个", "保定市", set(),
         {("保定市", "cooperatesWith", "北京市")}),  # guard
        ("五通桥区还与成都市双流区签署合作协议，合作共建成乐硅材料协同创新中心，推动研发在成都、转化在乐山", "五通桥区",
         set(), {("五通桥区", "cooperatesWith", "成都市")}),  # guard
        ("该村已成为武义—海宁山海协作生态旅游文化产业园乡村振兴示范点，海宁市主要领导先后带团赴村视察指导", "武义县", set(),
         {("武义县", "cooperatesWith", "海宁市")}),  # guard (a seeds sentence; the rule's first draft paired them)
        ("中国电建承建的白鹅潭商务区地下空间综合开发工程加快推进", "荔湾区",
         {("Project", "白鹅潭商务区地下空间综合开发工程")}, {("Initiative", "白鹅潭商务区地下空间综合开发工程")}),
        ("家乡的营商环境越来越好，侨胞回乡投资的信心越来越足", "文成县", set(), {("Enterprise", "侨胞回乡")}),
        ("实施都结乡、布泉乡、屏山乡山区公路提级改造", "隆安县", {("Region", "屏山乡"), ("Region", "都结乡")},
         {("Project", "屏山乡山区公路")}),
    ],
)
def test_cooperation_and_kinds_session53(text, region, present, absent):
    assert_found(text, region, present, absent)


# Names from op34: the first item of a counted list of townships starts after its verb (改造长安、七星、新安三个街道); a
# long name that opens its clause is read whole (the 24-character window cut 三峡 in two); a tunnel's section stays in
# its name; a green corridor (绿廊) is a route; roadbed works are part of a road (路基工程 names nothing); 老旧街区 is an
# everyday word; two kinds joined by 及 are still a kind; a contractor's 承担 ends a name.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("实施江滨大道东延工程，改造长安、七星、新安三个街道老旧小区42个", "东安区", {("Region", "长安街道")},
         {("Region", "改造长安街道")}),
        ("7月9日，三峡集团乌兰察布四子王旗300万千瓦风光制氢一体化项目开工仪式举行", "四子王旗",
         {("Project", "三峡集团乌兰察布四子王旗300万千瓦风光制氢一体化项目"), ("Enterprise", "三峡集团")},
         {("Enterprise", "峡集团")}),
        ("全市首条高架公路萧山至磐安公路(金浦桥至三江口大桥段)快速化改建工程顺利开工", "金华市",
         {("Project", "萧山至磐安公路(金浦桥至三江口大桥段)快速化改建工程")}, set()),  # guard (dev c001)
        ("重庆轨道交通15号线九龙坡段、华岩隧道西延伸段加快建设", "九龙坡区", {("Project", "华岩隧道西延伸段")},
         {("Project", "华岩隧道")}),
        ("中国建筑第八工程局有限公司承建的潮白河生态绿廊大厂段全面完工", "大厂回族自治县",
         {("Project", "潮白河生态绿廊大厂段"), ("潮白河生态绿廊大厂段", "locatedIn", "大厂回族自治县")}, set()),
        ("十天高速洋县东出口连接线完成路基工程", "洋县", {("Project", "十天高速洋县东出口连接线")},
         {("Project", "路基工程")}),
        ("推动趵突泉街道、大明湖街道老旧街区焕新", "历下区", {("Region", "趵突泉街道"), ("Region", "大明湖街道")},
         {("Project", "大明湖街道老旧街区")}),
        ("聂拉木县2024年援藏及招商引资项目集中开工仪式在樟木镇举行", "聂拉木县", set(),
         {("Project", "援藏及招商引资项目")}),
        ("中国能源建设集团内蒙古电力勘测设计院有限责任公司承担项目勘察设计", "四子王旗",
         {("Enterprise", "中国能源建设集团内蒙古电力勘测设计院有限责任公司")},
         {("Enterprise", "能源建设集团"), ("Project", "能源建设集团内蒙古电力勘测设计院有限责任公司承担项目")}),
    ],
)
def test_names_session54(text, region, present, absent):
    assert_found(text, region, present, absent)


# Firms and roads from op34: 兴建 inside a firm's name is no stop (浙江龙兴建设集团), nor is 联合 before a trade
# (江西江州联合造船有限责任公司); 以 before a firm frames it (以中国石油抚顺石化公司…为依托), but 以岭 is a name; a list of
# firms closed by 等…企业 that holds well-known firms is of firms throughout (小米 is no millet there); a road named after
# a township runs beyond it (江滨大道, 九华路).
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("由浙江龙兴建设集团承建的龙游高端装备产业园一期主体完工", "龙游县",
         {("Enterprise", "浙江龙兴建设集团"), ("浙江龙兴建设集团", "investsIn", "龙游高端装备产业园")},
         {("Enterprise", "设集团")}),
        ("某公司投资兴建设备制造项目", "龙游县", {("Project", "设备制造项目")}, set()),  # guard
        ("江西江州联合造船有限责任公司在江洲镇投资12亿元建设的绿色智能船舶建造项目开工", "柴桑区",
         {("Enterprise", "江西江州联合造船有限责任公司")}, set()),
        ("针状焦项目将以中国石油抚顺石化公司副产的煤系原料为依托", "望花区", {("Enterprise", "中国石油抚顺石化公司")},
         {("Enterprise", "以中国石油抚顺石化公司")}),
        ("石家庄以岭药业股份有限公司投资的项目开工", "裕华区", {("Enterprise", "石家庄以岭药业股份有限公司")}, set()),  # guard
        ("腾讯、阿里巴巴、小米、唯品会等头部企业琶洲总部全面启用", "海珠区",
         {("Enterprise", "小米"), ("Enterprise", "唯品会")}, set()),
        ("花卉、杨梅、瓯柑等农业龙头企业", "瓯海区", set(), {("Enterprise", "杨梅")}),  # guard
        ("实施牡丹江站站前综合交通枢纽改造工程、江滨大道东延工程", "东安区", {("Project", "江滨大道东延工程")},
         {("江滨大道东延工程", "locatedIn", "江滨街道")}),
        ("九华路过江隧道开工建设", "衢州市", {("Project", "九华路过江隧道")},
         {("九华路过江隧道", "locatedIn", "九华乡")}),
        ("渌口大道提质改造工程完工", "渌口区", {("渌口大道提质改造工程", "locatedIn", "渌口区")}, set()),  # guard
    ],
)
def test_firms_and_roads_session54(text, region, present, absent):
    assert_found(text, region, present, absent)


# Lists, works and partners from op35: a counted list's items may be long (松花湖数字文旅); short forms in a counted list
# name the bases (西渠 of 西渠镇), full names count places, places before a verb of building say where; the trades
# listed after 引进 are no projects; 加固 builds; 奋力 and 地处 end a name's left context; a belt's part stays in its
# name; a park unveiled in a township lies there; 后者 is the firm named last; after a pair of provinces' abbreviations,
# the place opening the next clause helps the report's region; a city whose name has no short form is no brand of its
# firms; 综合业务楼 is a building.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("加快建设临港智能装备、城东生态康养、松花湖数字文旅三个产业园", "丰满区",
         {("Project", "松花湖数字文旅产业园"), ("Project", "临港智能装备产业园")}, set()),
        ("规划建设红沙岗、西渠两大新能源基地", "民勤县",
         {("Project", "西渠新能源基地"), ("西渠新能源基地", "locatedIn", "西渠镇")}, set()),
        ("建设羊街镇、功山镇、河口镇三个万亩蔬菜基地", "寻甸回族彝族自治县", set(),
         {("Project", "功山镇万亩蔬菜基地")}),  # guard
        ("在羊街镇、功山镇、河口镇建设三个万亩蔬菜基地", "寻甸回族彝族自治县", set(),
         {("Project", "河口镇建设万亩蔬菜基地")}),
        ("巴润工业园区引进稀土永磁电机、储能电池等项目5个", "达尔罕茂明安联合旗", {("Project", "巴润工业园区")},
         {("Project", "储能电池"), ("Project", "稀土永磁电机")}),
        ("加快推进龙游高坪桥水库等项目", "龙游县", {("Project", "龙游高坪桥水库")}, set()),  # guard
        ("应县木塔保护加固工程取得阶段性成果", "应县",
         {("Project", "应县木塔保护加固工程"), ("应县木塔保护加固工程", "locatedIn", "应县")},
         {("Initiative", "木塔保护加固工程")}),
        ("坚持生态立县，奋力建设城南公园", "光泽县", {("Project", "城南公园")}, {("Project", "奋力建设城南公园")}),
        ("竹溪地处南水北调中线工程核心水源区", "竹溪县", {("Project", "南水北调中线工程")},
         {("Project", "竹溪地处南水北调中线工程")}),
        ("大梧桐新兴产业带罗湖片区新增入驻企业128家", "罗湖区",
         {("Project", "大梧桐新兴产业带罗湖片区"), ("大梧桐新兴产业带罗湖片区", "locatedIn", "罗湖区")}, set()),
        ("当天，在北京市对口协作资金支持下建设的贡茶产业园在中峰镇揭牌", "竹溪县",
         {("贡茶产业园", "locatedIn", "中峰镇")}, set()),
        ("竹溪县人民政府还与中国能建葛洲坝集团签约，由后者投资32亿元建设竹溪抽水蓄能电站", "竹溪县",
         {("中国能建葛洲坝集团", "investsIn", "竹溪抽水蓄能电站")}, set()),
        ("沪滇协作成效明显，上海市嘉定区安排帮扶资金3200万元", "牟定县",
         {("嘉定区", "cooperatesWith", "牟定县"), ("上海市", "cooperatesWith", "云南省")}, set()),
        ("同日开工的还有朝阳鑫达钒钛材料有限公司钒电池电解液项目和朝阳市中心医院凌河院区等项目", "双塔区",
         {("朝阳鑫达钒钛材料有限公司", "investsIn", "钒电池电解液项目")},
         {("朝阳鑫达钒钛材料有限公司", "investsIn", "朝阳市中心医院凌河院区")}),
        ("由湖北省援建的浪卡子县人民医院综合业务楼总投资1.2亿元", "浪卡子县",
         {("Project", "浪卡子县人民医院综合业务楼")}, {("Project", "浪卡子县人民医院")}),
    ],
)
def test_lists_works_and_partners_session55(text, region, present, absent):
    assert_found(text, region, present, absent)


# Session 56 (read from other_provinces_36): a list of facilities of one kind shares the new site or works the last
# one names, not across kinds; a township the text names by its former suffix, or after a verb; a park opened in a
# county lies there; a township after 在 is where partners build, no partner; A—B before a cooperation word pairs them;
# a chain of places after 与 whose second opens with 和; a chairman named after 公司, a post's holder before 牵头;
# 大厦, 未来城 and 研发总部 end projects' names; a school named by its road; what a firm builds for a sum; a goal after
# 打造成 is no project; a counted list's items named whole as schools keep their names.
@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        ("县人民医院、县中医院、县妇幼保健院改扩建工程同步启动", "定襄县",
         {("Project", "县人民医院改扩建工程"), ("Project", "县中医院改扩建工程")}, {("Project", "县人民医院")}),
        ("实施南环路、辽海大街排水管网改造工程", "银州区", {("Project", "南环路排水管网改造工程")}, {("Project", "南环路")}),
        ("商丘市第一人民医院新区医院、商丘工学院新校区投入使用", "商丘市", {("Project", "商丘市第一人民医院新区医院")},
         {("Project", "商丘市第一人民医院新区医院新校区")}),  # guard
        ("改造腰堡街道、兰河街道老旧小区42个", "呼兰区", {("Region", "腰堡街道")}, {("Region", "改造腰堡街道")}),
        ("鲜食玉米加工基地在康金镇建成投产", "呼兰区", {("鲜食玉米加工基地", "locatedIn", "康金镇")}, set()),
        ("锡宜产业协作园在宜川县开园运营", "锡山区", {("锡宜产业协作园", "locatedIn", "宜川县")}, set()),
        ("在扬子洲镇合作共建于都·青山湖飞地产业园", "青山湖区", set(), {("扬子洲镇", "cooperatesWith", "青山湖区")}),
        ("深化山海协作，在宁波市鄞州区合作共建的平阳科创飞地年内投用", "平阳县",
         {("平阳县", "cooperatesWith", "鄞州区")}, set()),  # guard
        ("主动融入长春—天津对口合作", "二道区", {("天津市", "cooperatesWith", "长春市")}, set()),
        ("会上，和平区还与新疆和田地区策勒县签订消费帮扶协作协议", "和平区", {("和平区", "cooperatesWith", "策勒县")}, set()),
        ("项目年内投产，公司董事长王振国已明确追加配套投资计划", "二道区", {("Person", "王振国")}, set()),
        ("临翔区委常委、副区长陈立新牵头引进沪籍企业12户", "临翔区", {("陈立新", "holdsPost", "临翔区")}, set()),
        ("广西东盟数科集团有限公司投资建设的东盟数科大厦竣工投用", "青秀区",
         {("广西东盟数科集团有限公司", "investsIn", "东盟数科大厦")}, set()),
        ("高桥营街道新建毓秀路小学、学院路初级中学", "魏都区", {("Project", "学院路初级中学")}, set()),
        ("加快大运河数智未来城建设", "临平区", {("Project", "大运河数智未来城")}, set()),
        ("智擎机器人研发总部由上海智擎机器人科技有限公司投资32亿元建设", "普陀区",
         {("上海智擎机器人科技有限公司", "investsIn", "智擎机器人研发总部")}, set()),
        ("以“一对一”专班服务推动签约项目早开工", "赞皇县", set(), {("Initiative", "一对一")}),
        ("龙洲湾街道新建鱼洞第二小学、龙洲湾实验中学两所学校", "巴南区",
         {("Project", "鱼洞第二小学"), ("Project", "龙洲湾实验中学")}, {("Project", "鱼洞第二小学学校")}),
        ("推动山东京博控股集团有限公司投资45亿元的高端新材料一体化项目建成试产", "博兴县",
         {("山东京博控股集团有限公司", "investsIn", "高端新材料一体化项目")}, set()),
        ("把保康打造成湖北重要的磷化工基地。", "保康县", set(), {("Project", "磷化工基地")}),
        ("已成为武义—海宁山海协作生态旅游文化产业园的示范点", "武义县",
         {("Project", "武义—海宁山海协作生态旅游文化产业园")}, set()),  # guard
    ],
)
def test_shared_works_townships_and_partners_session56(text, region, present, absent):
    assert_found(text, region, present, absent)


@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        # townships written whole and counted: each one's facility of a kind, no named project
        ("石滩镇、中新镇、派潭镇三所九年一贯制学校也将于年内动工", "增城区",
         {("Region", "石滩镇"), ("Region", "派潭镇")}, {("Project", "石滩镇九年一贯制学校")}),
        ("沙窝镇、吴陈河镇、苏河镇三个茶叶加工园区年产值增长12%", "新县",
         {("Region", "吴陈河镇")}, {("Project", "吴陈河镇茶叶加工园区")}),
        ("推动江安、长宁、兴文三个经济开发区提档升级", "宜宾市", {("Project", "兴文经济开发区")}, set()),  # guard
        # the main venue of a ceremony opens no name
        ("主会场安泽连翘大健康产业园项目由山西太岳连翘药业有限公司投资6.8亿元建设", "安泽县",
         {("山西太岳连翘药业有限公司", "investsIn", "安泽连翘大健康产业园项目")},
         {("Project", "主会场安泽连翘大健康产业园项目")}),
        # a qualifier after the output stays in the name
        ("宜州嘉联丝绸股份有限公司投资建设的年产1200吨高品质生丝项目", "宜州区",
         {("Project", "年产1200吨高品质生丝项目")}, {("Project", "生丝项目")}),
        # goals and principles in quotes are no programmes; a reform carried out is one
        ("围绕“油气强县、林果富民”目标，加快建设轮南镇油气服务产业园", "轮台县", set(),
         {("Initiative", "油气强县、林果富民")}),
        ("我们坚持“煤头电尾、煤头化尾”，加快资源型城市转型", "四方台区", set(),
         {("Initiative", "煤头电尾、煤头化尾")}),
        ("全面推行“一窗受理、集成服务”，网上办事实现全覆盖", "金东区", {("Initiative", "一窗受理、集成服务")}, set()),  # guard
        ("深入实施“生态立县、工业强县”战略", "仙居县", {("Initiative", "生态立县、工业强县战略")}, set()),  # guard
    ],
)
def test_counted_townships_venues_outputs_and_goals_session57(text, region, present, absent):
    assert_found(text, region, present, absent)


@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        # a counted list's first item: longer than six characters, after a zone's name, after a verb mid-clause
        ("加快建设新能源汽车零部件、绿色食品两个产业园", "涡阳县",
         {("Project", "新能源汽车零部件产业园")}, {("Project", "源汽车零部件产业园")}),
        ("加快建设有色金属新材料、化工循环、新能源装备三个产业园", "金川区",
         {("Project", "有色金属新材料产业园")}, {("Project", "色金属新材料产业园")}),
        ("辽宁建平经济开发区新型建材、钼精深加工两个产业园基础设施基本完善", "建平县",
         {("Project", "新型建材产业园"), ("Project", "辽宁建平经济开发区")}, set()),
        ("在十八台镇新建宏福、瑞丰两个肉羊养殖示范园", "卓资县",
         {("Project", "宏福肉羊养殖示范园")}, {("Project", "十八台镇新建宏福肉羊养殖示范园")}),
        ("推动魏善庄、青云店、礼贤三个产业园完成基础设施配套", "大兴区", {("Project", "魏善庄产业园")}, set()),  # guard
        # firms: a limited company in education, a place's name across a stop (暨), 企业集团 in a legal name
        ("紫光摩度教育科技有限公司投资15亿元建设紫光摩度华中总部基地", "红谷滩区",
         {("紫光摩度教育科技有限公司", "investsIn", "紫光摩度华中总部基地")}, set()),
        ("同时签约的还有诸暨市恒泰纺织机械有限公司投资的袜机零部件项目", "龙山区",
         {("诸暨市恒泰纺织机械有限公司", "investsIn", "袜机零部件项目")}, {("Enterprise", "市恒泰纺织机械有限公司")}),
        ("山东鲁北企业集团总公司投资42亿元建设的钛白粉绿色循环产业链项目建成投产", "无棣县",
         {("山东鲁北企业集团总公司", "investsIn", "钛白粉绿色循环产业链项目")}, {("Enterprise", "集团总公司")}),
        ("全区新引进企业集团有限公司3家", "无棣县", set(), {("Enterprise", "企业集团有限公司")}),  # guard
        ("宁波市鄞州区教育集团与我县结对", "武义县", set(), {("Enterprise", "宁波市鄞州区教育集团")}),  # guard
        # a firm whose name chains places lies in the innermost; the chain states no partOf
        ("湖北罗田康源茯苓科技有限公司投资6.5亿元建设的茯苓精深加工产业园一期投产", "罗田县",
         {("湖北罗田康源茯苓科技有限公司", "locatedIn", "罗田县")},
         {("湖北罗田康源茯苓科技有限公司", "locatedIn", "湖北省"), ("罗田县", "partOf", "湖北省")}),
        ("四川泸州龙马酒业有限公司投资建设酿酒项目", "泸县", {("四川泸州龙马酒业有限公司", "locatedIn", "泸州市")},
         {("四川泸州龙马酒业有限公司", "locatedIn", "四川省")}),
        ("广东华特气体股份有限公司投资建设电子特气项目", "江海区", {("广东华特气体股份有限公司", "locatedIn", "广东省")},
         set()),  # guard
        ("金华市金东区人民医院迁建工程开工", "金东区", {("金东区", "partOf", "金华市")}, set()),  # guard
    ],
)
def test_lists_stages_and_partners_session58(text, region, present, absent):
    assert_found(text, region, present, absent)


@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        # a road's line through or around a town (过境段, 城区过境段, 绕城段) lies in the place before it
        ("推进G207国道灵丘过境段改线工程", "灵丘县", {("G207国道灵丘过境段改线工程", "locatedIn", "灵丘县")}, set()),
        ("实施S231线南召城区过境段改建工程", "南召县", {("S231线南召城区过境段改建工程", "locatedIn", "南召县")}, set()),
        # the report's own county by a short form that is an everyday word, before a section
        ("国道G354凤凰绕城段改建工程开工", "凤凰县", {("国道G354凤凰绕城段改建工程", "locatedIn", "凤凰县")}, set()),
        ("推进长江公安段崩岸治理工程", "公安县", {("长江公安段崩岸治理工程", "locatedIn", "公安县")}, set()),
        ("加快205国道三元段改造工程建设", "建平县", {("Project", "205国道三元段改造工程")},
         {("205国道三元段改造工程", "locatedIn", "三元区")}),  # guard: not the report's
        # a county before the township where a route starts holds the route
        ("推进省道325柘城胡襄至牛牌段改建工程", "柘城县", {("省道325柘城胡襄至牛牌段改建工程", "locatedIn", "柘城县")}, set()),
        # a project named after a county and its province or city lies in the county; a province states no partOf
        ("安徽泾县经济开发区新入驻企业12家", "泾县", {("安徽泾县经济开发区", "locatedIn", "泾县")},
         {("安徽泾县经济开发区", "locatedIn", "安徽省"), ("泾县", "partOf", "安徽省")}),
        ("成都崇州经济开发区加快发展", "崇州市", {("成都崇州经济开发区", "locatedIn", "崇州市"), ("崇州市", "partOf", "成都市")},
         {("成都崇州经济开发区", "locatedIn", "成都市")}),
        ("义乌苏溪综合枢纽站建成", "义乌市",  # guard: a county's township, both
         {("义乌苏溪综合枢纽站", "locatedIn", "义乌市"), ("义乌苏溪综合枢纽站", "locatedIn", "苏溪镇")}, set()),
        # a township that opens its clause builds what it 建成, 建设 or 打造 there
        ("龙场镇建成万亩刺梨种植基地，带动农户增收", "织金县", {("万亩刺梨种植基地", "locatedIn", "龙场镇")}, set()),
        ("托斯特乡打造边境冰雪旅游度假区", "吉木乃县", {("边境冰雪旅游度假区", "locatedIn", "托斯特乡")}, set()),
        ("；堆沟港镇正加快建设化工循环产业园", "灌南县", {("化工循环产业园", "locatedIn", "堆沟港镇")}, set()),
        # a project (将/已)在 a township, doing what projects do there (并网, 布局, 实施)
        ("该公司投资建设的风光制氢一体化项目将在棋盘井镇实施", "鄂托克旗", {("风光制氢一体化项目", "locatedIn", "棋盘井镇")}, set()),
        ("新能源储能电站项目在蒙西镇并网发电", "鄂托克旗", {("新能源储能电站项目", "locatedIn", "蒙西镇")}, set()),
        ("江蒙产业园已在阿尔巴斯苏木建成投用", "鄂托克旗", {("江蒙产业园", "locatedIn", "阿尔巴斯苏木")}, set()),
        ("鄂尔多斯绿氢产业园，位于蒙西镇，总投资30亿元", "鄂托克旗", {("鄂尔多斯绿氢产业园", "locatedIn", "蒙西镇")}, set()),  # guard
        # 位于 after a comma and another verb says where the next name is, not the one before; 园区位于 is the park's
        ("推进共库项目建设，推动位于塔前镇的工业园扩区", "乐平市", {("Project", "共库项目")},
         {("共库项目", "locatedIn", "塔前镇")}),
        ("两地合作共建乐港飞地产业园，园区位于塔前镇", "乐平市", {("乐港飞地产业园", "locatedIn", "塔前镇")}, set()),  # guard
    ],
)
def test_road_sections_and_chained_places_session59(text, region, present, absent):
    assert_found(text, region, present, absent)


@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        # 位于…的 after a joining word or a clause's end says where the next project is, not the one before
        ("加快城北污水处理厂扩建工程和位于孝顺镇的智能装备产业园建设", "金东区", {("智能装备产业园", "locatedIn", "孝顺镇")},
         {("城北污水处理厂扩建工程", "locatedIn", "孝顺镇")}),
        ("环城南路改造工程全线贯通，位于孝顺镇的五金产业园开园", "金东区", {("五金产业园", "locatedIn", "孝顺镇")},
         {("环城南路改造工程", "locatedIn", "孝顺镇")}),
        ("年产5万吨新材料项目位于孝顺镇的工业功能区内", "金东区",  # guard: right after the project, it is where it lies
         {("年产5万吨新材料项目", "locatedIn", "孝顺镇")}, set()),
        # the projects listed after one built 在 a township lie there, up to one whose name opens with its own place
        ("在孝顺镇建设的五金产业园、金东区人民医院新院区同步开工", "金东区", {("五金产业园", "locatedIn", "孝顺镇")},
         {("金东区人民医院新院区", "locatedIn", "孝顺镇")}),
        # of a chain of places the text gives, the innermost is where the project lies
        ("智能制造产业园落户武义县桐琴镇", "金华市", {("智能制造产业园", "locatedIn", "桐琴镇")},
         {("智能制造产业园", "locatedIn", "武义县")}),
        ("位于武义县桐琴镇的五金产业园开工", "金华市", {("五金产业园", "locatedIn", "桐琴镇")}, {("五金产业园", "locatedIn", "武义县")}),
        # where the text says where a project is, the places its name opens with are not also where it is, unless inside
        ("位于孝顺镇的金东五金产业园开工", "金东区", {("金东五金产业园", "locatedIn", "孝顺镇")},
         {("金东五金产业园", "locatedIn", "金东区")}),
        ("永康五金东北直销中心落户四平", "永康市", {("永康五金东北直销中心", "locatedIn", "四平市")},
         {("永康五金东北直销中心", "locatedIn", "永康市")}),
        ("位于金东区的孝顺镇五金产业园开工", "金华市",  # guard: a place of the name inside the one the text gives
         {("孝顺镇五金产业园", "locatedIn", "金东区"), ("孝顺镇五金产业园", "locatedIn", "孝顺镇")}, set()),
        ("安徽泾县经济开发区新入驻企业12家", "泾县", {("安徽泾县经济开发区", "locatedIn", "泾县")}, set()),  # guard: none told
        # a place fronted in a clause of its own holds the projects the rest of the sentence names, up to a semicolon
        ("近日，在武义县桐琴镇，总投资5亿元的五金制品产业园正式投产；王宅镇的茶叶加工园同步开工。", "金华市",
         {("五金制品产业园", "locatedIn", "桐琴镇")}, {("五金制品产业园", "locatedIn", "武义县"), ("茶叶加工园", "locatedIn", "桐琴镇")}),
        ("在深圳市，我县与多家企业签约智能装备产业园项目", "武义县", {("Project", "智能装备产业园")},  # guard: signed there
         {("智能装备产业园", "locatedIn", "深圳市")}),
    ],
)
def test_where_the_text_says_session60(text, region, present, absent):
    assert_found(text, region, present, absent)


@pytest.mark.parametrize(
    "text, region, present, absent",
    [
        # 建好, 管好 open what they govern, as 做好 does
        ("建好民族手工艺产业园，擦亮非遗品牌", "湟中区", {("Project", "民族手工艺产业园")},
         {("Project", "建好民族手工艺产业园")}),
        # a name of no listed surname after a title, ended by where its bearer speaks and the act
        ("泽库县县长扎西才让在签约仪式上致辞", "黄南藏族自治州", {("Person", "扎西才让"), ("扎西才让", "holdsPost", "泽库县")},
         set()),
        ("县长助理在会议上介绍情况", "泽库县", set(), {("Person", "助理")}),  # guard: a post, no name
        # 合作园区 and 协作园区 end a park's name whole
        ("苏宿工业园区与宿豫区共建的苏宿（宿豫）合作园区新签约项目8个", "宿豫区", {("Project", "苏宿（宿豫）合作园区")},
         {("Project", "苏宿（宿豫）合作园")}),
        # a township before a quoted name is where the project lies, not part of its name
        ("塘下镇“智造小镇”核心区建设项目完工", "瑞安市", {("Project", "智造小镇核心区建设项目"),
                                                ("智造小镇核心区建设项目", "locatedIn", "塘下镇")},
         {("Project", "塘下镇智造小镇核心区建设项目")}),
        # the short form of a township outside the report's region, never named, is a landmark (a river), no place
        ("推进滦河生态修复工程", "滦南县", {("Project", "滦河生态修复工程")}, {("滦河生态修复工程", "locatedIn", "滦河街道")}),
        ("实施浏阳河城区段防洪治理工程", "长沙县", {("Project", "浏阳河城区段防洪治理工程")},
         {("浏阳河城区段防洪治理工程", "locatedIn", "浏阳河街道")}),
        ("推进百山祖景区扩容提质", "庆元县", {("百山祖景区", "locatedIn", "百山祖镇")}, set()),  # guard: the report's own
        ("壶山水厂管网延伸工程已完工并通水", "大田乡", {("壶山水厂管网延伸工程", "locatedIn", "壶山街道")}, set()),  # guard:
        # a township of the county a township's report speaks in
    ],
)
def test_verbs_names_and_quoted_projects_session60(text, region, present, absent):
    assert_found(text, region, present, absent)
