// The three 2021 forms of 晋中市公安局开发区分局 (docs/rules.md#source-shanxi-jinzhong), transcribed cell by cell in the
// official layout, with the seed's merged 二级 groups. Source of truth for samples/ and tests.
import { STANDARD_SUB_ROWS, type FormSpec } from "./form-spec";

const DEPT = "晋中市公安局开发区分局";
const sub = STANDARD_SUB_ROWS.map((label) => ({ label }));
const NONE = "无偏差";

export const SEED_FORM_1: FormSpec = {
  title: "项目支出绩效自评表",
  year: "（2021年度）",
  project: "新建潇河派出所业务用房建设资金",
  department: DEPT,
  implementer: DEPT,
  fund: { initial: 150, budget: 150, executed: 100, weight: 10, rate: { value: 0.66, format: "0%" }, score: 6.6, sub },
  goals: {
    expected:
      "1、项目地点：迎宾西街灵石路西侧；项目工程建设面积为1718.64平方米，投资金额为603.25万元； 2、工程开工、完工、验收等工作； 3、将项目结算评审工作完成。",
    actual:
      "1、项目地点：迎宾西街灵石路西侧；项目工程建设面积为1718.64平方米，投资金额为603.25万元； 2、工程已完成验收等工作； 3、项目结算评审工作未完成。",
  },
  groups: [
    {
      level1: "产出指标", level2: "数量指标", weight: 10, score: 10, reason: NONE, merged: true,
      rows: [
        { level3: "询问室、留置室", target: "430平米", actual: "430平米" },
        { level3: "办公室、资料室", target: "210平米", actual: "210平米" },
        { level3: "接待区、公共区域", target: "550平米", actual: "550平米" },
        { level3: "备勤室、活动室", target: "528平米", actual: "528平米" },
        { level3: "工程总投资", target: "603.25万元", actual: "603.25万元" },
      ],
    },
    {
      level1: "产出指标", level2: "质量指标", weight: 10, score: 10, reason: NONE, merged: true,
      rows: [
        { level3: "工程按照标准建设", target: "达标率100%", actual: "达标率100%" },
        { level3: "各项设备安装完毕", target: "达标率100%", actual: "达标率100%" },
        { level3: "验收合格", target: "达标率100%", actual: "达标率100%" },
      ],
    },
    {
      level1: "产出指标", level2: "时效指标", weight: 10, score: 7, reason: "工程未办理结算评审", merged: true,
      rows: [
        { level3: "结算评审", target: "及时完成", actual: "及时完成" },
        { level3: "工程验收", target: "及时完成", actual: "及时完成" },
      ],
    },
    {
      level1: "产出指标", level2: "成本指标", weight: 10, score: 7, reason: "工程未办理结算评审", merged: true,
      rows: [{ level3: "工程款", target: "150万元", actual: "100万元" }],
    },
    { level1: "效益指标", level2: "经济效益指标", weight: null, score: null, rows: [{ level3: "", target: null, actual: null }] },
    {
      level1: "效益指标", level2: "社会效益指标", weight: 20, score: 20, reason: NONE, merged: true,
      rows: [{ level3: "为辖区的治安稳定保驾护航", target: "为辖区的治安稳定保驾护航", actual: "全部完成" }],
    },
    { level1: "效益指标", level2: "生态效益指标", weight: null, score: null, rows: [{ level3: "", target: null, actual: null }] },
    {
      level1: "效益指标", level2: "可持续影响指标", weight: 20, score: 20, reason: NONE, merged: true,
      rows: [
        { level3: "圆满完成上级下达的各项任务", target: "圆满完成上级下达的各项任务", actual: "全部完成" },
        { level3: "民警有归属感，上下一致，团结共进", target: "有所提高", actual: "全部完成" },
      ],
    },
    {
      level1: "满意度指标", level2: "服务对象满意度指标", weight: 10, score: 10, reason: NONE, merged: true,
      rows: [{ level3: "群众满意度", target: "95%", actual: "全部完成" }],
    },
  ],
  total: { weight: 100, score: 90.6 },
  narrative: [
    ["项目绩效分析", "自评结果分析", "项目实施和预算执行情况分析", "2021年开发区财政预算安排工程款150万元，因工程未完成结算评审，2021年工程款支付100万元，预算执行率为66.67%。"],
    ["", "", "产出情况分析", "2021年6月室外配套工程完成，收尾工程完成。"],
    ["", "", "效益情况分析", "潇河派出所业务用房的建设更好的保障了公安工作的正常开展。"],
    ["", "", "满意度情况分析", "民警有归属感，上下一致，团结共进，群众满意度全部合格。"],
    ["主要经验做法", "积极完成工程验收等工作"],
    ["项目管理中存在的主要问题及原因分析", "工程验收进度慢，从而导致结算评审无法按时完成。"],
    ["下一步改进措施及管理建议", "2022年分局将及时核对、汇总结算工作，并上报结算评审手续。"],
    [],
    ["项目负责人： 杨永志", "", "", "", "制表人： 常小兵"],
  ],
};

const f2Quantity: [string, string, string][] = [
  ["办理省厅、市局下达的各项任务", "全年", "全部完成"],
  ["协助市局办理案件、完成省厅的各项交办案件", "全年50-70次", "全部完成"],
  ["驻京接访", "全年常驻1人", "全部完成"],
  ["人员学习", "全年", "全部完成"],
  ["维稳、接访", "40-60次", "全部完成"],
  ["各科室宣传", "全年60-70次", "全部完成"],
  ["日常办公（复印纸、耗材）", "全年保障", "全部完成"],
  ["完成各类重点考核任务", "全年", "全部完成"],
  ["人员就餐、人员保险、保安保洁人员劳务费", "每天160-180人、220人投保以外险、保安保洁12人", "全部完成"],
  ["警犬训养：分为设备、犬粮", "17头犬", "分局警犬饲养管理全部到位"],
  ["户政管理：证照的办理、出入境管理、交管业务、流动人口居住证", "150-180次", "全部完成"],
  ["分局绿化、各类家具和设备的维修维护", "每月巡检、维修", "分局及派出所每月有专人负责检修"],
  ["社区管理、流动人口管理、重点部分管理、重点人员管理、公共场所管理等", "全年", "以上项目办理、走访、监督、巡逻防控等覆盖率100%"],
  ["车辆保险、加油", "30辆车", "车辆管理全部到位"],
  ["分局及派出所公安网租赁费、网安互联网租赁费、视频监控网络租赁费等", "全面覆盖", "全面覆盖"],
  ["扶贫宣传、慰问、帮助农户解决困难、帮助农户销售农产品", "370次", "全部完成"],
];
const f2Quality: [string, string, string][] = [
  ["日常办公（复印纸、耗材）", "高质量保证日常办公运转", "全部完成"],
  ["考核任务", "在考核中取得优异成绩", "全部完成"],
  ["户政工作", "高质量及时完成各项工作", "全部完成"],
  ["全天巡逻、防控", "高质量完成", "全部完成"],
  ["警犬训养", "随时保证高水平状态，具有随时完成任务的能力。", "全部完成"],
  ["维修维护", "保证办公用房和公用设施高质量运行", "全部完成"],
  ["案件办理", "高质量完成", "全部完成"],
  ["扶贫工作", "高质量完成，覆盖率100%", "全部完成"],
  ["安保、处突", "随时监控", "全部完成"],
];
const f2Timeliness: [string, string, string][] = [
  ["常日、办公、维修、维护等", "及时处理到位、购买发放及时、巡检全面", "全部完成"],
  ["巡逻", "巡逻定时定点定位，确保辖区社会秩序稳定", "全部完成"],
  ["安保、处突、接访等", "及时有效处置突发事件", "全部完成"],
];
const f2Cost: [string, string, string][] = [
  ["办公费", "130万元", "109.46万元"],
  ["差旅费、劳务费", "61.6万元", "61.6万元"],
  ["印刷费、专用材料费", "90万元", "87.25万元"],
  ["维修维护费", "40万元", "40万元"],
  ["奖励金", "1万元", "1万元"],
  ["被装购置费、网络租赁费", "50万元", "50万元"],
  ["资本性支出", "0", "23.29万元"],
];
const rowsWithReason = (rows: [string, string, string][], reason?: string) =>
  rows.map(([level3, target, actual]) => ({ level3, target, actual, ...(reason ? { reason } : {}) }));

export const SEED_FORM_2: FormSpec = {
  title: "项目支出绩效自评表",
  year: "（2021年度）",
  project: "日常运行公用经费",
  department: DEPT,
  implementer: DEPT,
  fund: { initial: 372.6, budget: 372.6, executed: 372.6, weight: 10, rate: { value: 1, format: "0.00%" }, score: 10, sub },
  goals: { expected: "全额保障分局民警正常工作的开展和办理。", actual: "全额保障分局民警正常工作的开展和办理。" },
  groups: [
    { level1: "产出指标", level2: "数量指标", weight: 15, score: 15, merged: true, rows: rowsWithReason(f2Quantity, NONE) },
    { level1: "产出指标", level2: "质量指标", weight: 10, score: 10, merged: true, rows: rowsWithReason(f2Quality, NONE) },
    { level1: "产出指标", level2: "时效指标", weight: 15, score: 15, merged: true, rows: rowsWithReason(f2Timeliness, NONE) },
    {
      level1: "产出指标", level2: "成本指标", weight: 20, score: 16, merged: true,
      reason: "年中实际发生无法预计，支出数无法全部相符，年底出现预算调剂，增加资本性支出23.29万元。",
      rows: rowsWithReason(f2Cost),
    },
    { level1: "效益指标", level2: "经济效益指标", weight: null, score: null, rows: [{ level3: "", target: null, actual: null }] },
    {
      level1: "效益指标", level2: "社会效益指标", weight: 10, score: 10, reason: NONE, merged: true,
      rows: [{ level3: "保障辖区平安稳定，创造良好的社会治安环境，形成有效威慑力。", target: "大幅提高", actual: "全部完成" }],
    },
    { level1: "效益指标", level2: "生态效益指标", weight: null, score: null, rows: [{ level3: "", target: null, actual: null }] },
    {
      level1: "效益指标", level2: "可持续影响指标", weight: 10, score: 10, reason: NONE, merged: true,
      rows: [{ level3: "保障辖区平安稳定，创造良好的社会治安环境。", target: "大幅提高", actual: "全部完成" }],
    },
    {
      level1: "满意度指标", level2: "服务对象满意度指标", weight: 10, score: 10, reason: NONE, merged: true,
      rows: [{ level3: "群众满意度", target: "≥98%", actual: "全部完成" }],
    },
  ],
  total: { weight: 100, score: 96 },
  narrative: [
    ["项目绩效分析", "自评结果分析", "项目实施和预算执行情况", "主要用于机关保洁、保安、食堂等后勤事务、维修维护、购置、扶贫及工会等工作。"],
    ["主要经验做法", "宣传防范方面。"],
    ["项目管理中存在的主要问题及原因分析", "因公安工作的特殊性，日常的办公、办案无法预计。导致报销工作滞后。"],
    ["下一步改进措施及管理建议", "在预算编制时再细化科目，争取年中无预算情况减少。"],
    [],
    ["项目负责人： 杨永志", "", "", "", "制表人： 杜娟"],
  ],
};

const SITES = "分局110指挥中心业务用房、汇通派出所、潇河派出所";
export const SEED_FORM_3: FormSpec = {
  title: "项目支出绩效自评表",
  year: "（2021年度）",
  project: "分局及派出所运行费",
  department: DEPT,
  implementer: DEPT,
  fund: { initial: 93.17, budget: 93.17, executed: 93.17, weight: 10, rate: { value: 1, format: "0.00%" }, score: 10, sub },
  goals: { expected: "保障分局及派出所、警犬基地的正常运转", actual: "保障分局及派出所、警犬基地的正常运转" },
  groups: [
    {
      level1: "产出指标", level2: "数量指标", weight: 20, score: 18, merged: true,
      reason: "警犬基地办公面积东二层房屋2021年使用时间为1-6月",
      rows: [
        { level3: "警犬基地场地面积、办公面积", target: "470.5平方米", actual: "470.5平方米" },
        { level3: "汇通派出所业务用房办公、办案面积", target: "1030平方米", actual: "1030平方米" },
        { level3: "潇河派出所业务用房办公、办案面积", target: "1180平方米", actual: "1180平方米" },
        { level3: "110指挥中心业务用房办公、办案面积", target: "9962.6平方米", actual: "9962.6平方米" },
      ],
    },
    {
      level1: "产出指标", level2: "质量指标", weight: 15, score: 15, reason: NONE, merged: true,
      rows: [{ level3: "按照合同约定的时间供暖", target: "供暖质量及时、高效", actual: "全部完成供暖" }],
    },
    {
      level1: "产出指标", level2: "时效指标", weight: 15, score: 15, reason: NONE, merged: true,
      rows: [{ level3: "保障分局及派出所的水费、电费、取暖费日常缴费正常", target: "及时", actual: "在供暖前已提前缴费" }],
    },
    {
      level1: "产出指标", level2: "成本指标", weight: 10, score: 7, merged: true,
      reason: "2021年新增潇河派出所取暖费，预算中缺少此项，预算科目较少支出，预算调剂增加资本性支出17.99万元",
      rows: [
        { level3: `${SITES}日常运行水费`, target: "5万元", actual: "0.84万元" },
        { level3: `${SITES}日常运行电费`, target: "50万元", actual: "36.21万元" },
        { level3: `${SITES}日常运行物业费、卫生费等`, target: "4.17万元", actual: "4.13万元" },
        { level3: `${SITES}冬季取暖费`, target: "34万元", actual: "34万元" },
        { level3: "资本性支出", target: "0", actual: "17.99万元" },
      ],
    },
    {
      level1: "效益指标", level2: "经济效益指标", weight: 10, score: 10, reason: NONE, merged: true,
      rows: [
        { level3: "为辖区的治安稳定保驾护航", target: "为辖区的治安稳定保驾护航", actual: "全部完成" },
        { level3: "分局各科室正常运行正常，保障办公、办案的", target: "日常保障", actual: "全部完成" },
      ],
    },
    { level1: "效益指标", level2: "社会效益指标", weight: null, score: null, rows: [{ level3: "", target: null, actual: null }] },
    { level1: "效益指标", level2: "生态效益指标", weight: null, score: null, reason: NONE, rows: [{ level3: "", target: null, actual: null }] },
    {
      level1: "效益指标", level2: "可持续影响指标", weight: 10, score: 10, reason: NONE, merged: true,
      rows: [
        {
          level3: "保障公安机关机构正常运转、完成日常工作任务，保障辖区治安稳定、办案及时，案件处理及时，民警有归属感，上下一致，团结共进",
          target: "保障公安机关机构正常运转、完成日常工作任务，保障辖区治安稳定、办案及时，案件处理及时，民警有归属感，上下一致，团结共进",
          actual: "全部完成",
        },
      ],
    },
    {
      level1: "满意度指标", level2: "服务对象满意度指标", weight: 10, score: 10, reason: NONE, merged: true,
      rows: [{ level3: "群众满意度", target: "95%", actual: "全部完成" }],
    },
  ],
  total: { weight: 100, score: 95, grade: "优" },
  narrative: [
    ["项目绩效分析", "自评结果分析", "项目实施和预算执行情况及分析", "2021年开发区财政局安排资金93.17万元，落实到位率100%。"],
    ["主要经验做法", "积极联系各科室所需，保障分局的全部设备运行正常。"],
    ["项目管理中存在的主要问题及原因分析", "无"],
    ["下一步改进措施及管理建议", "提前对接工作。"],
    [],
    ["项目负责人： 杨永志", "", "", "", "制表人： 杜娟"],
  ],
};

export const SEED_FORMS: FormSpec[] = [SEED_FORM_1, SEED_FORM_2, SEED_FORM_3];
