<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CandidateSearchPanel</name>
    <message>
        <source>Scores rank investigative leads. A high score is never an identification: only DNA confirms who a candidate is.</source>
        <translation>分数只是对调查线索的排序。高分绝不等于身份确认：只有 DNA 能确认候选人的身份。</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Limit the birth year</source>
        <translation>限定出生年份</translation>
    </message>
    <message>
        <source>± years around the child&apos;s:</source>
        <translation>孩子出生年份前后 ± 年：</translation>
    </message>
    <message>
        <source>Include unknown birth years</source>
        <translation>包括出生年份未知者</translation>
    </message>
    <message>
        <source>Regions (none ticked: all):</source>
        <translation>地区（不勾选：全部）：</translation>
    </message>
    <message>
        <source>Sources (none ticked: all):</source>
        <translation>来源（不勾选：全部）：</translation>
    </message>
    <message>
        <source>Find candidates</source>
        <translation>查找候选人</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Double-click a candidate (or press Enter) to compare and decide.</source>
        <translation>双击候选人（或按回车键）进行比对和决定。</translation>
    </message>
    <message>
        <source>A record with no birth year is judged by the age its face looks: it is left out only when that age, with a wide margin for the estimate&apos;s error, rules out the child&apos;s birth years.</source>
        <translation>没有出生年份的记录按其人脸看起来的年龄判断：只有当该年龄（已为估计误差留出宽裕的余量）排除了儿童的出生年份时，才会被排除。</translation>
    </message>
    <message>
        <source>Estimate unknown years from faces</source>
        <translation>按人脸估计未知年份</translation>
    </message>
</context>
<context>
    <name>CaseDetailsForm</name>
    <message>
        <source>Case number:</source>
        <translation>案件编号：</translation>
    </message>
    <message>
        <source>e.g. 2009-GZ-0142</source>
        <translation>例如 2009-GZ-0142</translation>
    </message>
    <message>
        <source>Given names:</source>
        <translation>名：</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>姓：</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Last seen on:</source>
        <translation>最后一次被看到的日期：</translation>
    </message>
    <message>
        <source>Last seen at:</source>
        <translation>最后一次被看到的地点：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Distinguishing marks:</source>
        <translation>显著特征：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>保存案件</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系方式：</translation>
    </message>
    <message>
        <source>Who to call about the child (family, police), e.g. from the flyer</source>
        <translation>有关该儿童应联系谁（家属、警方），例如寻人启事上的联系方式</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Childhood photos</source>
        <translation>童年照片</translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation>亲属</translation>
    </message>
    <message>
        <source>Find candidates</source>
        <translation>查找候选人</translation>
    </message>
    <message>
        <source>Compare and decide</source>
        <translation>比对与决定</translation>
    </message>
    <message>
        <source>Export case report…</source>
        <translation>导出案件报告…</translation>
    </message>
    <message>
        <source>The whole case as a PDF: photos, relatives, age progressions, every search with its leads, decisions, method and error rates</source>
        <translation>整个案件的 PDF：照片、亲属、年龄推演、每次检索及其线索、决定、方法与误差率</translation>
    </message>
    <message>
        <source>Alert poster…</source>
        <translation>寻人海报…</translation>
    </message>
    <message>
        <source>An A4 missing-child poster in English and Chinese with the childhood photo, the age-progressed image and a QR code</source>
        <translation>A4 中英文寻找失踪儿童海报，含童年照片、年龄推演图像和二维码</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>This database is empty. Build a demo workspace from the sample photos to try case → search → compare → decide in a minute. Demo records are clearly marked DEMO.</source>
        <translation>此数据库为空。可以用示例照片建立演示工作区，在一分钟内体验“案件 → 搜索 → 比对 → 决定”。演示记录都清楚地标有 DEMO。</translation>
    </message>
    <message>
        <source>Build demo workspace</source>
        <translation>建立演示工作区</translation>
    </message>
    <message>
        <source>Missing children</source>
        <translation>失踪儿童</translation>
    </message>
    <message>
        <source>Filter by number or name</source>
        <translation>按编号或姓名筛选</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Investigative lead only. A resemblance is never an identification: only DNA confirms who a candidate is.</source>
        <translation>仅为调查线索。相貌相似绝不等于身份确认：只有 DNA 能确认候选人的身份。</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Zoom (both faces):</source>
        <translation>缩放（两张脸）：</translation>
    </message>
    <message>
        <source>Show landmarks</source>
        <translation>显示特征点</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Blink (alternate on the right)</source>
        <translation>闪烁（右侧交替显示）</translation>
    </message>
    <message>
        <source>Overlay (blend on the right)</source>
        <translation>叠加（右侧混合显示）</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一个</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>排除…</translation>
    </message>
    <message>
        <source>Keep…</source>
        <translation>保留…</translation>
    </message>
    <message>
        <source>Request DNA…</source>
        <translation>申请 DNA 比对…</translation>
    </message>
    <message>
        <source>Show the case&apos;s relatives</source>
        <translation>显示本案亲属</translation>
    </message>
    <message>
        <source>The faces of the child&apos;s parents and siblings below the candidate: a resemblance to them is a further hint, never a proof.</source>
        <translation>在候选人下方显示儿童父母和兄弟姐妹的人脸：与他们相像只是进一步的提示，绝不是证明。</translation>
    </message>
</context>
<context>
    <name>DecisionNoteDialog</name>
    <message>
        <source>Why? e.g. &quot;ear shape and hairline differ&quot;, &quot;scar matches the description&quot;</source>
        <translation>原因？例如“耳朵形状和发际线不同”“疤痕与描述相符”</translation>
    </message>
    <message>
        <source>A note is required. It is stored with your name and the time, and cannot be changed later.</source>
        <translation>必须填写备注。备注会与您的姓名和时间一起保存，之后不能修改。</translation>
    </message>
</context>
<context>
    <name>DemoWorkspaceBuilder</name>
    <message>
        <source>Demo city, main railway station</source>
        <translation>演示城市，火车总站</translation>
    </message>
    <message>
        <source>(demo) small scar above the left eyebrow</source>
        <translation>（演示）左眉上方有小疤痕</translation>
    </message>
    <message>
        <source>Demo relative; photo from the redistributable samples.</source>
        <translation>演示亲属；照片来自可再分发的示例。</translation>
    </message>
    <message>
        <source>Demo region North</source>
        <translation>演示地区（北）</translation>
    </message>
    <message>
        <source>Demo region East</source>
        <translation>演示地区（东）</translation>
    </message>
    <message>
        <source>Demo region South</source>
        <translation>演示地区（南）</translation>
    </message>
    <message>
        <source>DEMO CASE, not a real child. The childhood photo is SYNTHETIC: the public-domain astronaut sample photo made younger by the age model. Her real photo is in the demo gallery.</source>
        <translation>演示案件，并非真实儿童。童年照片是合成的：由年龄模型将公有领域的宇航员示例照片变年轻而成。她的真实照片在演示照片库中。</translation>
    </message>
</context>
<context>
    <name>DnaLabels</name>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Full sibling</source>
        <translation>全同胞</translation>
    </message>
    <message>
        <source>Half sibling</source>
        <translation>半同胞</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>Buccal swab</source>
        <translation>口腔拭子</translation>
    </message>
    <message>
        <source>Blood card</source>
        <translation>血卡</translation>
    </message>
    <message>
        <source>Blood</source>
        <translation>血液</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>毛发</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>采集</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>封存</translation>
    </message>
    <message>
        <source>Sent to the lab</source>
        <translation>送往实验室</translation>
    </message>
    <message>
        <source>Received by the lab</source>
        <translation>实验室已接收</translation>
    </message>
    <message>
        <source>Analysed</source>
        <comment>custody event: the lab typed the sample</comment>
        <translation>已检测</translation>
    </message>
    <message>
        <source>Analysed</source>
        <comment>request status: a kinship analysis was run</comment>
        <translation>已分析</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Samples in progress</source>
        <translation>样本处理中</translation>
    </message>
    <message>
        <source>More loci requested</source>
        <translation>已要求补充基因座</translation>
    </message>
    <message>
        <source>Confirmed — reunited</source>
        <translation>已确认 — 已团聚</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Reunion confirmed</source>
        <translation>确认团聚</translation>
    </message>
    <message>
        <source>Candidate excluded</source>
        <translation>排除候选人</translation>
    </message>
    <message>
        <source>One parent (duo)</source>
        <translation>单亲（二联体）</translation>
    </message>
    <message>
        <source>Mother undisputed, alleged father (trio)</source>
        <translation>生母无争议，被检父（三联体）</translation>
    </message>
    <message>
        <source>Both parents alleged</source>
        <translation>双亲均为被检（反向亲权）</translation>
    </message>
    <message>
        <source>Full siblings</source>
        <translation>全同胞</translation>
    </message>
    <message>
        <source>Half siblings, grandparent or avuncular</source>
        <translation>半同胞、祖孙或叔侄</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>无法判断</translation>
    </message>
    <message>
        <source>Chosen from the samples</source>
        <translation>按已有样本自动选择</translation>
    </message>
</context>
<context>
    <name>FlyerFieldsForm</name>
    <message>
        <source>Fields read from the flyer are suggestions: check each one against the flyer. Highlighted fields were read with low confidence.</source>
        <translation>从启事中读取的字段仅为建议：请逐项对照启事核对。高亮的字段识别置信度低。</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>案件编号(&amp;N)：</translation>
    </message>
    <message>
        <source>Only needed when the flyer is saved as a case.</source>
        <translation>仅在将启事保存为案件时需要。</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>名(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>姓(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>性别(&amp;S)：</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Birth &amp;year:</source>
        <translation>出生年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Used when the flyer gives no full date of birth.</source>
        <translation>启事未给出完整出生日期时使用。</translation>
    </message>
    <message>
        <source>&amp;estimated</source>
        <translation>估计(&amp;E)</translation>
    </message>
    <message>
        <source>Date &amp;missing:</source>
        <translation>失踪日期(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Place missing:</source>
        <translation>失踪地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系方式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>身高(&amp;H)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>FlyerImportPage</name>
    <message>
        <source>Open a scanned or photographed missing-person flyer, or drop it here. Click the child&apos;s face on the flyer, check the fields read from its text, then save it as a case or as a gallery record.</source>
        <translation>打开扫描或拍摄的寻人启事，或将其拖放到此处。点击启事上孩子的脸，核对从文字中读取的字段，然后保存为案件或图库记录。</translation>
    </message>
    <message>
        <source>&amp;Open flyer…</source>
        <translation>打开启事(&amp;O)…</translation>
    </message>
    <message>
        <source>Import a &amp;folder of flyers…</source>
        <translation>导入启事文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Numeric &amp;dates such as 05/06/2010:</source>
        <translation>数字日期（如 05/06/2010）(&amp;D)：</translation>
    </message>
    <message>
        <source>Save as &amp;case</source>
        <translation>保存为案件(&amp;C)</translation>
    </message>
    <message>
        <source>Save as &amp;gallery record</source>
        <translation>保存为图库记录(&amp;G)</translation>
    </message>
    <message>
        <source>Text read from the flyer:</source>
        <translation>从启事中读取的文字：</translation>
    </message>
    <message>
        <source>Folder import</source>
        <translation>文件夹导入</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>GalleryBrowserPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Photos of the selected candidate</source>
        <translation>所选候选人的照片</translation>
    </message>
    <message>
        <source>Import runs (select one to see its error report)</source>
        <translation>导入记录（选择一项查看其错误报告）</translation>
    </message>
    <message>
        <source>Remove record…</source>
        <translation>删除记录…</translation>
    </message>
    <message>
        <source>Removes the selected gallery record with its photos and faces, after asking. A record that stored searches, decisions or DNA requests refer to is kept as evidence.</source>
        <translation>询问后删除所选图库记录及其照片和人脸。已保存的检索、审查决定或 DNA 申请引用的记录会作为证据保留。</translation>
    </message>
</context>
<context>
    <name>GalleryImportPanel</name>
    <message>
        <source>Folder or CSV manifest to import</source>
        <translation>要导入的文件夹或 CSV 清单</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>CSV manifest…</source>
        <translation>CSV 清单…</translation>
    </message>
    <message>
        <source>Source, unless the manifest names one:</source>
        <translation>来源（清单未注明时）：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Files and rows that could not be imported</source>
        <translation>无法导入的文件和行</translation>
    </message>
    <message>
        <source>Import candidates into the photo database. A folder: every image below it; images in a sub-folder belong to the person the sub-folder is named after, images directly in the folder are one person each. A CSV manifest: one row per photo with file, record_id, names, sex, birth_date or birth_year, region, source, and face (which face of a group photo is the person: 1, 2, ... from the left, or largest). A record holds one person&apos;s face: the other faces of a group photo become unnamed candidates. Importing again skips what is already stored.</source>
        <translation>将候选人导入照片数据库。文件夹：其下的所有图片；子文件夹中的图片属于以该子文件夹命名的人，直接位于文件夹中的图片每张代表一个人。CSV 清单：每张照片一行，包含 file、record_id、姓名、sex、birth_date 或 birth_year、region、source，以及 face（合影中哪张脸是此人：从左数第 1、2……张，或 largest 表示最大的一张）。一条记录只保存一个人的人脸：合影中的其他人脸会成为未具名候选人。再次导入会跳过已保存的内容。</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Gallery photos (folder or CSV)</source>
        <translation>图库照片（文件夹或 CSV）</translation>
    </message>
    <message>
        <source>Flyers</source>
        <translation>寻人启事</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reunite</source>
        <translation>Reunite</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Build &amp;demo workspace</source>
        <translation>建立演示工作区(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Reunite</source>
        <translation>关于Reunite(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export case report…</source>
        <translation>导出案件报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Export alert &amp;poster…</source>
        <translation>导出寻人海报(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Sign &amp;in as another account…</source>
        <translation>以其他账户登录(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>审计记录(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Drag childhood photos here, or add them with the button. Several at once are fine.</source>
        <translation>将童年照片拖到这里，或用按钮添加。可以一次添加多张。</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Show landmarks</source>
        <translation>显示特征点</translation>
    </message>
    <message>
        <source>Age in this photo (years):</source>
        <translation>拍摄此照片时的年龄（岁）：</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Keep only the selected face</source>
        <translation>只保留所选的脸</translation>
    </message>
    <message>
        <source>The photo shows several people: keep only the face of the person this record is about. The other faces are no longer searched; &quot;Detect faces again&quot; brings them back.</source>
        <translation>照片中有多个人：只保留此记录所涉及的人的脸。其他脸将不再参与搜索；“重新检测人脸”可以恢复它们。</translation>
    </message>
    <message>
        <source>Detect faces again</source>
        <translation>重新检测人脸</translation>
    </message>
    <message>
        <source>Remove photo…</source>
        <translation>删除照片…</translation>
    </message>
    <message>
        <source>Removes the photo and its faces after asking; stored search runs keep their results.</source>
        <translation>询问后删除照片及其人脸；已保存的检索保留其结果。</translation>
    </message>
    <message>
        <source>Draw a face</source>
        <translation>手动框选人脸</translation>
    </message>
    <message>
        <source>For a face the detectors missed: drag a box around it on the photo. The face is searched like the others and marked as drawn by hand.</source>
        <translation>用于检测器漏检的人脸：在照片上拖出一个框把它框住。该人脸和其他人脸一样参与检索，并标记为人工框选。</translation>
    </message>
</context>
<context>
    <name>QualityWarnings</name>
    <message>
        <source>Small face: few pixels to compare</source>
        <translation>人脸较小：可比对的像素少</translation>
    </message>
    <message>
        <source>Blurred</source>
        <translation>模糊</translation>
    </message>
    <message>
        <source>Turned away from the camera</source>
        <translation>脸未朝向镜头</translation>
    </message>
    <message>
        <source>No face detected: the whole image was used</source>
        <translation>未检测到人脸：使用了整张图片</translation>
    </message>
    <message>
        <source>May show a child</source>
        <translation>可能是儿童</translation>
    </message>
    <message>
        <source>No face found in this photo: it cannot be searched</source>
        <translation>此照片中未找到人脸：无法用于搜索</translation>
    </message>
    <message numerus="yes">
        <source>%n faces in this photo: pick the child&apos;s face, or every face is searched</source>
        <translation>
            <numerusform>此照片中有 %n 张脸：请选出孩子的脸，否则每张脸都会参与搜索</numerusform>
        </translation>
    </message>
    <message>
        <source>The photo&apos;s image data is damaged: parts may be filled in</source>
        <translation>照片的图像数据已损坏：部分内容可能是补全的</translation>
    </message>
    <message>
        <source>A very large photo: read at reduced size</source>
        <translation>照片尺寸过大：已按缩小尺寸读取</translation>
    </message>
    <message>
        <source>Face box drawn by hand: no detector found this face</source>
        <translation>人工框选的人脸：检测器未找到此人脸</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>已找到</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>National database</source>
        <translation>全国数据库</translation>
    </message>
    <message>
        <source>Self-registered</source>
        <translation>自行登记</translation>
    </message>
    <message>
        <source>Flyer</source>
        <translation>寻人启事</translation>
    </message>
    <message>
        <source>Tip-off</source>
        <translation>线索举报</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已保留</translation>
    </message>
    <message>
        <source>DNA requested</source>
        <translation>已申请 DNA 比对</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
</context>
<context>
    <name>RelativesPanel</name>
    <message>
        <source>Parents&apos; and siblings&apos; photos help reviewers judge family resemblance.</source>
        <translation>父母和兄弟姐妹的照片有助于审核人员判断家族相似性。</translation>
    </message>
    <message>
        <source>New relative</source>
        <translation>新建亲属</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>亲属</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>关系：</translation>
    </message>
    <message>
        <source>Given names:</source>
        <translation>名：</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>姓：</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Save relative</source>
        <translation>保存亲属</translation>
    </message>
    <message>
        <source>Photos of this relative</source>
        <translation>此亲属的照片</translation>
    </message>
</context>
<context>
    <name>RemovalQuestion</name>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>ScoreBreakdown</name>
    <message>
        <source>Age-progressed image</source>
        <translation>年龄推演图像</translation>
    </message>
    <message>
        <source>Score %1 (distance %2)</source>
        <translation>分数 %1（距离 %2）</translation>
    </message>
    <message>
        <source>%1: score %2, distance %3, weight %4</source>
        <translation>%1：分数 %2，距离 %3，权重 %4</translation>
    </message>
    <message>
        <source>An investigative lead, never an identification: only DNA confirms who this is.</source>
        <translation>这是调查线索，绝不是身份确认：只有 DNA 能确认此人是谁。</translation>
    </message>
    <message>
        <source>Childhood photo, direct</source>
        <translation>童年照片（直接比对）</translation>
    </message>
    <message>
        <source>Childhood photo, age-invariant</source>
        <translation>童年照片（跨年龄比对）</translation>
    </message>
    <message>
        <source>father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>half sibling</source>
        <translation>同父异母或同母异父的兄弟姐妹</translation>
    </message>
    <message>
        <source>weak support</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>moderate support</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>moderately strong support</source>
        <translation>较强</translation>
    </message>
    <message>
        <source>strong support</source>
        <translation>强</translation>
    </message>
    <message>
        <source>very strong support</source>
        <translation>很强</translation>
    </message>
    <message>
        <source>extremely strong support</source>
        <translation>极强</translation>
    </message>
    <message>
        <source>LR %1: no support for either the candidate being the missing child or an unrelated person</source>
        <translation>似然比 %1：既不支持候选人即失踪儿童，也不支持其为无关人员</translation>
    </message>
    <message>
        <source>LR %1: %2 for the candidate being an unrelated person rather than the missing child</source>
        <translation>似然比 %1：%2支持候选人为无关人员而非失踪儿童</translation>
    </message>
    <message>
        <source>LR %1: %2 for the candidate being the missing child rather than an unrelated person</source>
        <translation>似然比 %1：%2支持候选人即失踪儿童而非无关人员</translation>
    </message>
    <message>
        <source>Childhood photos: LR %1</source>
        <translation>童年照片：似然比 %1</translation>
    </message>
    <message>
        <source>Relatives&apos; photos (kinship): LR %1</source>
        <translation>亲属照片（亲缘）：似然比 %1</translation>
    </message>
    <message>
        <source>  %1 (relative %2, %3 comparison(s)): LR %4</source>
        <translation>  %1（亲属 %2，%3 次比对）：似然比 %4</translation>
    </message>
    <message>
        <source>(not counted: parents&apos; photos are used)</source>
        <translation>（未计入：已使用父母的照片）</translation>
    </message>
    <message>
        <source>A likelihood ratio from face images is an investigative lead to prioritise checks, not an identification and not proof of kinship: confirm by documents and DNA.</source>
        <translation>由人脸图像得出的似然比只是用于安排核查先后的侦查线索，不是身份认定，也不能证明亲属关系：须以证件和 DNA 确认。</translation>
    </message>
    <message>
        <source>  relative %1 looks like this candidate himself or herself: not counted as kinship</source>
        <translation>  亲属 %1 与该候选人本人过于相像（可能即本人）：不计为亲缘证据</translation>
    </message>
    <message>
        <source>LR %1</source>
        <translation>似然比 %1</translation>
    </message>
    <message>
        <source>%1 · %2 against</source>
        <translation>%1 · %2反对</translation>
    </message>
    <message>
        <source>Relatives&apos; photos, resemblance (shortlist only)</source>
        <translation>亲属照片相似度（仅用于初筛）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A new language applies the next time Reunite starts.</source>
        <translation>新的语言将在下次启动Reunite时生效。</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Face engine:</source>
        <translation>人脸引擎：</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>当前登录：</translation>
    </message>
    <message>
        <source>Your account is stored with every case change, import and decision you make. Sign in as someone else from the File menu.</source>
        <translation>您的每一次案件修改、导入和决定都会记录您的账户。如需以其他人登录，请使用“文件”菜单。</translation>
    </message>
    <message>
        <source>Case reports name:</source>
        <translation>案件报告列出：</translation>
    </message>
    <message>
        <source>every lead of each search</source>
        <translation>每次搜索的全部线索</translation>
    </message>
    <message>
        <source>the top </source>
        <translation>每次搜索的前 </translation>
    </message>
    <message>
        <source> leads of each search</source>
        <translation> 条线索</translation>
    </message>
    <message>
        <source>Leads with a review decision are always named; the other people of the photo database are left out, and the report says how many.</source>
        <translation>已有审查决定的线索总会列出；照片库中的其他人不列出，报告会注明略去的人数。</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesQuestion</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>There are unsaved changes in %1. Save them before going on?</source>
        <translation>%1中有未保存的更改。继续之前要保存吗？</translation>
    </message>
    <message>
        <source>There are unsaved changes in %1. Discard them?</source>
        <translation>%1中有未保存的更改。要放弃这些更改吗？</translation>
    </message>
</context>
<context>
    <name>reunite::gui::AccountText</name>
    <message>
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>分析员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>reunite::gui::AgeProgressionPanel</name>
    <message>
        <source>An age-progressed image is an investigative aid showing how the child might look; it is never a photograph of the child and never an identification. Exported images carry this mark.</source>
        <translation>年龄推演图像是展示孩子可能样貌的调查辅助材料；它绝不是孩子的照片，也绝不等于身份确认。导出的图像都带有此标记。</translation>
    </message>
    <message>
        <source>Childhood photo:</source>
        <translation>童年照片：</translation>
    </message>
    <message>
        <source>Target age:</source>
        <translation>目标年龄：</translation>
    </message>
    <message>
        <source>Age today</source>
        <translation>现在的年龄</translation>
    </message>
    <message>
        <source>The age the child would be today, from the case&apos;s date of birth</source>
        <translation>根据案件中的出生日期计算的孩子现在的年龄</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Export marked PNG…</source>
        <translation>导出带标记的 PNG…</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>推演前</translation>
    </message>
    <message>
        <source>After (age-progressed)</source>
        <translation>推演后（年龄推演）</translation>
    </message>
    <message>
        <source>Age progression failed: %1</source>
        <translation>年龄推演失败：%1</translation>
    </message>
    <message>
        <source>Saved %1 (marked as an investigative aid).</source>
        <translation>已保存 %1（已标记为调查辅助材料）。</translation>
    </message>
    <message>
        <source>Could not save the image: %1</source>
        <translation>无法保存图像：%1</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>年龄未知</translation>
    </message>
    <message>
        <source>Rendering age %1…</source>
        <translation>正在生成 %1 岁的图像…</translation>
    </message>
    <message>
        <source>Rendered at age %1.</source>
        <translation>已生成 %1 岁的图像。</translation>
    </message>
    <message>
        <source>Before (age %1)</source>
        <translation>推演前（%1 岁）</translation>
    </message>
    <message>
        <source>After: age %1 (age-progressed, investigative aid)</source>
        <translation>推演后：%1 岁（年龄推演，调查辅助材料）</translation>
    </message>
    <message>
        <source>No image yet</source>
        <translation>尚无图像</translation>
    </message>
    <message>
        <source>Press Render</source>
        <translation>请点击“生成”</translation>
    </message>
    <message>
        <source>Export age-progressed image</source>
        <translation>导出年龄推演图像</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>%1 years (today)</source>
        <translation>%1 岁（现在）</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>Add a childhood photo in the Photos tab first.</source>
        <translation>请先在“童年照片”标签页中添加一张童年照片。</translation>
    </message>
    <message>
        <source>No face was found in this photo.</source>
        <translation>此照片中未找到人脸。</translation>
    </message>
    <message>
        <source>Enter the age at this photo in the Photos tab.</source>
        <translation>请在“童年照片”标签页中填写拍摄此照片时的年龄。</translation>
    </message>
    <message>
        <source>Blend toward the parent of the same sex</source>
        <translation>向同性别父母的面容融合</translation>
    </message>
    <message>
        <source>Mixes 30 % of the father&apos;s (boy) or mother&apos;s (girl) face, brought to the target age, into the progression, as forensic artists do. Uses the relative&apos;s photo taken nearest that age.</source>
        <translation>像法证画师那样，将父亲（男孩）或母亲（女孩）调整到目标年龄后的面容按 30 % 融入年龄推演。使用拍摄年龄最接近目标年龄的亲属照片。</translation>
    </message>
</context>
<context>
    <name>reunite::gui::AgeProgressionWorker</name>
    <message>
        <source>An age lies outside the age model&apos;s data (%1 to %2 years): the change is held at the nearest end.</source>
        <translation>有年龄超出了年龄模型的数据范围（%1 至 %2 岁）：变化保持在最接近的端点。</translation>
    </message>
    <message>
        <source>The shape change folded the warp mesh: check the image.</source>
        <translation>形状变化使变形网格发生折叠：请检查图像。</translation>
    </message>
    <message>
        <source>Not blended with a parent: the case needs the child&apos;s sex and a photo of the father (boy) or mother (girl) with one face.</source>
        <translation>未与父母融合：案件需要填写孩子的性别，并有一张只含一张人脸的父亲（男孩）或母亲（女孩）照片。</translation>
    </message>
    <message>
        <source>Blended %1 % toward the parent&apos;s face, itself taken from age %2 to the target age.</source>
        <translation>已向父母面容融合 %1 %，该面容已从 %2 岁调整到目标年龄。</translation>
    </message>
</context>
<context>
    <name>reunite::gui::AuditLogDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Every action on personal data, newest last. Each entry holds the hash of the one before it, so an entry changed, removed or added outside the workstation breaks the chain.</source>
        <translation>对个人数据的每一次操作，最新的在最后。每条记录都保存前一条记录的哈希值，因此在工作站之外修改、删除或添加的记录会使链条断开。</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>校验链条</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n entries, head %1.</source>
        <translation>
            <numerusform>链条完整：%n 条记录，链头 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at entry %1: %2</source>
        <translation>链条在第 %1 条记录处断开：%2</translation>
    </message>
</context>
<context>
    <name>reunite::gui::CandidateResultDelegate</name>
    <message>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>region unknown</source>
        <translation>地区未知</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>出生 %1</translation>
    </message>
</context>
<context>
    <name>reunite::gui::CandidateResultModel</name>
    <message>
        <source>~%1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <source>Decision: %1 by %2</source>
        <translation>决定：%1，由 %2 作出</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>出生 %1</translation>
    </message>
    <message>
        <source>Unnamed face from a group photo</source>
        <translation>合影中的未具名人脸</translation>
    </message>
    <message>
        <source>~%1–%2 (face)</source>
        <comment>birth years estimated from the age the face looks</comment>
        <translation>~%1–%2（人脸）</translation>
    </message>
</context>
<context>
    <name>reunite::gui::CandidateSearchPanel</name>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>The search did not run: %1</source>
        <translation>搜索未能运行：%1</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>搜索已取消。</translation>
    </message>
    <message>
        <source>The child was born in %1.</source>
        <translation>孩子出生于 %1 年。</translation>
    </message>
    <message>
        <source>The case has no date of birth: the birth-year window is not applied.</source>
        <translation>此案件没有出生日期：不应用出生年份范围。</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) without a face are not searched.</source>
        <translation>
            <numerusform>%n 张没有人脸的照片不参与搜索。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) show several faces: every face is searched until you keep only the child&apos;s (Photos tab).</source>
        <translation>
            <numerusform>%n 张照片中有多张脸：在您只保留孩子的脸之前（“童年照片”标签页），每张脸都会参与搜索。</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching the gallery…</source>
        <translation>正在搜索图库…</translation>
    </message>
    <message>
        <source>No search has been run for this case yet.</source>
        <translation>此案件尚未进行过搜索。</translation>
    </message>
    <message>
        <source>Showing the latest search, run %1 by %2. Find candidates to search again.</source>
        <translation>显示最近一次搜索（%1，由 %2 运行）。点击“查找候选人”可重新搜索。</translation>
    </message>
    <message>
        <source>Same as the child</source>
        <translation>与孩子相同</translation>
    </message>
    <message>
        <source>Candidates of unknown sex are always included.</source>
        <translation>性别未知的候选人始终包括在内。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s).</source>
        <translation>
            <numerusform>%n 条线索。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n gallery face(s) (%2) passed the filters.</source>
        <translation>
            <numerusform>图库 %n 张人脸中有 %1 张（%2）通过筛选。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n 名候选人</numerusform>
        </translation>
    </message>
    <message>
        <source>The search took %1.</source>
        <translation>检索用时 %1。</translation>
    </message>
    <message>
        <source>No childhood photo yet: add one on the Photos tab. Until then a search uses the relatives&apos; photos alone, which is much weaker.</source>
        <translation>尚无童年照片：请在“照片”页添加。在此之前，搜索仅依据亲属照片，证据要弱得多。</translation>
    </message>
</context>
<context>
    <name>reunite::gui::CandidateTableModel</name>
    <message>
        <source>Face</source>
        <translation>人脸</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
</context>
<context>
    <name>reunite::gui::CaseDetailsForm</name>
    <message>
        <source>Create case</source>
        <translation>创建案件</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>保存案件</translation>
    </message>
    <message>
        <source>Created %1 by %2 · last saved %3 by %4</source>
        <translation>由 %2 于 %1 创建 · 由 %4 于 %3 最后保存</translation>
    </message>
    <message>
        <source>A case number is required.</source>
        <translation>必须填写案件编号。</translation>
    </message>
    <message>
        <source>The child cannot have been last seen before the date of birth.</source>
        <translation>孩子最后一次被看到的日期不能早于出生日期。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>the new case</source>
        <translation>新案件</translation>
    </message>
    <message>
        <source>the details of case %1</source>
        <translation>案件 %1 的详细信息</translation>
    </message>
</context>
<context>
    <name>reunite::gui::CaseExporter</name>
    <message>
        <source>PDF in English (*.pdf)</source>
        <translation>英文 PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF in Simplified Chinese, 简体中文 (*.pdf)</source>
        <translation>简体中文 PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export case report</source>
        <translation>导出案件报告</translation>
    </message>
    <message>
        <source>Export alert poster</source>
        <translation>导出寻人海报</translation>
    </message>
    <message>
        <source>Writing the case report…</source>
        <translation>正在生成案件报告…</translation>
    </message>
    <message>
        <source>Writing the alert poster…</source>
        <translation>正在生成寻人海报…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>未包含：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The file was not written: %1</source>
        <translation>文件未写入：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Contact printed on the poster and in its QR code (empty: the case&apos;s contact, else the police, 110):</source>
        <translation>印在海报及其二维码中的联系方式（留空：使用案件的联系方式，否则为警方 110）：</translation>
    </message>
</context>
<context>
    <name>reunite::gui::CaseListModel</name>
    <message>
        <source>Case %1, %2, last updated %3 by %4</source>
        <translation>案件 %1，%2，由 %4 于 %3 最后更新</translation>
    </message>
</context>
<context>
    <name>reunite::gui::CaseSearchWorker</name>
    <message>
        <source>This case has no childhood photo with a face yet, nor a relative&apos;s photo with one. Add one on the Photos or Relatives tab first.</source>
        <translation>本案尚无含人脸的童年照片，也无含人脸的亲属照片。请先在“照片”或“亲属”页添加。</translation>
    </message>
</context>
<context>
    <name>reunite::gui::CaseWorkspace</name>
    <message>
        <source>DNA confirmation</source>
        <translation>DNA 确认</translation>
    </message>
    <message>
        <source>Age progression</source>
        <translation>年龄推演</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
</context>
<context>
    <name>reunite::gui::CasesPage</name>
    <message>
        <source>The demo workspace could not be built: %1</source>
        <translation>无法建立演示工作区：%1</translation>
    </message>
    <message>
        <source>This database is empty. A demo workspace can be built once the face models and the photo database are loaded (%1)</source>
        <translation>此数据库为空。人脸模型和照片数据库加载完成后即可建立演示工作区（%1）</translation>
    </message>
    <message>
        <source>This database is empty. Build a demo workspace from the sample photos to try case → search → compare → decide in a minute. Demo records are clearly marked DEMO.</source>
        <translation>此数据库为空。可以用示例照片建立演示工作区，在一分钟内体验“案件 → 搜索 → 比对 → 决定”。演示记录都清楚地标有 DEMO。</translation>
    </message>
</context>
<context>
    <name>reunite::gui::ClosingNoteDialog</name>
    <message>
        <source>The case will be closed as reunited. Say on what the confirmation rests.</source>
        <translation>案件将以“已团聚”结案。请说明确认的依据。</translation>
    </message>
    <message>
        <source>The candidate will be rejected for this case with the DNA reason and left out of later searches.</source>
        <translation>该候选人将以 DNA 理由从本案中排除，今后的搜索不再包含此人。</translation>
    </message>
    <message>
        <source>The request stays open until more loci (or another relative&apos;s sample) are typed.</source>
        <translation>在检测更多基因座（或另一名亲属的样本）之前，该申请保持开放。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>A note is required.</source>
        <translation>必须填写备注。</translation>
    </message>
</context>
<context>
    <name>reunite::gui::ComparePanel</name>
    <message>
        <source>Run a search and pick a candidate to compare.</source>
        <translation>请先运行搜索并选择一名候选人进行比对。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>The probe face of this result no longer exists.</source>
        <translation>此结果的查询人脸已不存在。</translation>
    </message>
    <message>
        <source>No face stored for this candidate.</source>
        <translation>此候选人没有保存的人脸。</translation>
    </message>
    <message>
        <source>Case %1 (childhood photo)</source>
        <translation>案件 %1（童年照片）</translation>
    </message>
    <message>
        <source>Candidate #%1: %2</source>
        <translation>候选人 #%1：%2</translation>
    </message>
    <message>
        <source>Score %1 (distance %2)</source>
        <translation>分数 %1（距离 %2）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Current decision: &lt;b&gt;%1&lt;/b&gt; by %2 at %3 — “%4”</source>
        <translation>当前决定：&lt;b&gt;%1&lt;/b&gt;，由 %2 于 %3 作出 —“%4”</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>尚未作出决定。</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation>
            <numerusform>%n 张脸</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision was not stored: %1</source>
        <translation>决定未能保存：%1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>出生 %1</translation>
    </message>
    <message>
        <source>Keys: N next, P previous, R reject, K keep, D request DNA; rejecting or keeping moves on to the next candidate. Mouse wheel zooms, dragging moves both faces.</source>
        <translation>按键：N 下一个，P 上一个，R 排除，K 保留，D 申请 DNA；排除或保留后自动转到下一位候选人。滚轮缩放，拖动同时移动两张人脸。</translation>
    </message>
    <message>
        <source>The relatives could not be read: %1</source>
        <translation>无法读取亲属信息：%1</translation>
    </message>
    <message>
        <source>No relative of this case has a photo with a face yet (Relatives tab).</source>
        <translation>本案亲属还没有带人脸的照片（亲属标签页）。</translation>
    </message>
</context>
<context>
    <name>reunite::gui::CustodyEventDialog</name>
    <message>
        <source>Chain of custody: sample %1</source>
        <translation>保管链：样本 %1</translation>
    </message>
    <message>
        <source>seal number, courier, lab reference…</source>
        <translation>封条编号、递送人、实验室编号……</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经手人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>reunite::gui::DecisionNoteDialog</name>
    <message>
        <source>%1: note required</source>
        <translation>%1：必须填写备注</translation>
    </message>
    <message>
        <source>Reject %1 for this case? Rejected candidates are left out of later searches of this case.</source>
        <translation>在此案件中排除 %1？被排除的候选人不会出现在此案件以后的搜索中。</translation>
    </message>
    <message>
        <source>Keep %1 as a lead for this case?</source>
        <translation>将 %1 保留为此案件的线索？</translation>
    </message>
    <message>
        <source>Request a DNA comparison for %1? Only DNA can confirm an identity.</source>
        <translation>为 %1 申请 DNA 比对？只有 DNA 能确认身份。</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Request DNA</source>
        <translation>申请 DNA 比对</translation>
    </message>
    <message>
        <source>Ctrl+Enter records the decision.</source>
        <translation>按 Ctrl+Enter 记录决定。</translation>
    </message>
</context>
<context>
    <name>reunite::gui::DemoWorkspaceBuilder</name>
    <message>
        <source>Importing the demo gallery…</source>
        <translation>正在导入演示图库…</translation>
    </message>
    <message>
        <source>Creating the demo case…</source>
        <translation>正在创建演示案件…</translation>
    </message>
    <message>
        <source>Adding a demo relative…</source>
        <translation>正在添加演示亲属…</translation>
    </message>
    <message>
        <source>Demo workspace ready.</source>
        <translation>演示工作区已就绪。</translation>
    </message>
</context>
<context>
    <name>reunite::gui::DnaPanel</name>
    <message>
        <source>Import table…</source>
        <translation>导入频率表…</translation>
    </message>
    <message>
        <source>Allele frequencies</source>
        <translation>等位基因频率</translation>
    </message>
    <message>
        <source>Allele-frequency table (Familias format)</source>
        <translation>等位基因频率表（Familias 格式）</translation>
    </message>
    <message>
        <source>Frequency tables (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>频率表 (*.txt *.tsv *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>East Asia (shipped with Reunite)</source>
        <translation>东亚（Reunite 自带）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n marker(s))</source>
        <translation>
            <numerusform>%1（%n 个基因座）</numerusform>
        </translation>
    </message>
    <message>
        <source>The table was not stored: it has errors, listed below.</source>
        <translation>频率表未保存：存在错误，见下方列表。</translation>
    </message>
    <message>
        <source>Frequency table %1 stored.</source>
        <translation>频率表 %1 已保存。</translation>
    </message>
    <message>
        <source>DNA requests (made with Request DNA… in Compare and decide)</source>
        <translation>DNA 申请（在“比对与决定”中通过“申请 DNA…”提出）</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Samples and chain of custody</source>
        <translation>样本与保管链</translation>
    </message>
    <message>
        <source>Sample id</source>
        <translation>样本编号</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>提供者</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>采集</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <source>Register sample…</source>
        <translation>登记样本…</translation>
    </message>
    <message>
        <source>Add custody event…</source>
        <translation>添加保管记录…</translation>
    </message>
    <message>
        <source>Custody timeline of the selected sample:</source>
        <translation>所选样本的保管时间线：</translation>
    </message>
    <message>
        <source>kit, e.g. GlobalFiler</source>
        <translation>试剂盒，如 GlobalFiler</translation>
    </message>
    <message>
        <source>laboratory</source>
        <translation>实验室</translation>
    </message>
    <message>
        <source>lab report id</source>
        <translation>实验室报告编号</translation>
    </message>
    <message>
        <source>Kinship analysis</source>
        <translation>亲缘关系分析</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Prior</source>
        <translation>先验概率</translation>
    </message>
    <message>
        <source>θ</source>
        <translation>θ</translation>
    </message>
    <message>
        <source>Confirm reunion…</source>
        <translation>确认团聚…</translation>
    </message>
    <message>
        <source>Exclude candidate…</source>
        <translation>排除候选人…</translation>
    </message>
    <message>
        <source>Request more loci…</source>
        <translation>要求补充基因座…</translation>
    </message>
    <message>
        <source>The DNA records could not be read: %1</source>
        <translation>无法读取 DNA 记录：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>No DNA request for this case yet: use Request DNA… in Compare and decide.</source>
        <translation>本案尚无 DNA 申请：请在“比对与决定”中使用“申请 DNA…”。</translation>
    </message>
    <message numerus="yes">
        <source>%n marker(s), %1</source>
        <translation>
            <numerusform>%n 个基因座，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>awaited</source>
        <translation>待检测</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>频率表 %1</translation>
    </message>
    <message>
        <source>No analysis yet: register the candidate&apos;s and a relative&apos;s samples, import the lab&apos;s results, then Analyse.</source>
        <translation>尚未分析：请登记候选人和一名亲属的样本，导入实验室结果，然后点击“分析”。</translation>
    </message>
    <message>
        <source>Request status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>申请状态：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Request status: &lt;b&gt;%1&lt;/b&gt; · %2 by %3 at %4 — “%5”</source>
        <translation>申请状态：&lt;b&gt;%1&lt;/b&gt; · %2，%3，%4 — “%5”</translation>
    </message>
    <message>
        <source>The sample was not registered: %1</source>
        <translation>样本未登记：%1</translation>
    </message>
    <message>
        <source>Sample %1 registered.</source>
        <translation>样本 %1 已登记。</translation>
    </message>
    <message>
        <source>The custody event was not recorded: %1</source>
        <translation>保管记录未保存：%1</translation>
    </message>
    <message>
        <source>%1 recorded.</source>
        <translation>已记录：%1。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 份分型。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n error(s), listed below.</source>
        <translation>
            <numerusform>未从 %1 导入任何数据：%n 个错误，见下方列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>The analysis could not be run: %1</source>
        <translation>无法进行分析：%1</translation>
    </message>
    <message>
        <source>Analysis %1 stored: %2.</source>
        <translation>分析 %1 已保存：%2。</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
</context>
<context>
    <name>reunite::gui::ErrorText</name>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>Not a supported image format</source>
        <translation>不是支持的图像格式</translation>
    </message>
    <message>
        <source>The data are damaged</source>
        <translation>数据已损坏</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>过大</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>过小</translation>
    </message>
    <message>
        <source>No face was found</source>
        <translation>未找到人脸</translation>
    </message>
    <message>
        <source>A model file is missing</source>
        <translation>缺少模型文件</translation>
    </message>
    <message>
        <source>A model could not be loaded</source>
        <translation>模型无法加载</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>输入无效</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>数据库错误</translation>
    </message>
    <message>
        <source>The workstation&apos;s storage is full</source>
        <translation>工作站存储空间已满</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind of error, then the English details</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
</context>
<context>
    <name>reunite::gui::FlyerAnalysisJob</name>
    <message>
        <source>Finding faces on the flyer…</source>
        <translation>正在查找启事上的人脸…</translation>
    </message>
    <message>
        <source>Reading the text of the flyer…</source>
        <translation>正在读取启事上的文字…</translation>
    </message>
</context>
<context>
    <name>reunite::gui::FlyerBatchJob</name>
    <message>
        <source>already in the gallery (candidate %1), skipped</source>
        <translation>已在图库中（候选人 %1），已跳过</translation>
    </message>
    <message>
        <source>no face was found; the record was stored without a face</source>
        <translation>未找到人脸；记录已在没有人脸的情况下保存</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) read uncertainly were put in the notes, not in the fields: check them against the flyer</source>
        <translation>
            <numerusform>有 %n 个识别不确定的值已写入备注而未填入字段：请与传单核对</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reunite::gui::FlyerFieldsForm</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Read from the flyer line “%1” (confidence %2%)</source>
        <translation>读取自启事中的一行“%1”（置信度 %2%）</translation>
    </message>
    <message>
        <source>The flyer writes this date with numbers only; check that day and month are not swapped.</source>
        <translation>启事只用数字书写此日期；请检查日和月是否颠倒。</translation>
    </message>
    <message>
        <source>Enter a case number to save the flyer as a case.</source>
        <translation>请输入案件编号以将启事保存为案件。</translation>
    </message>
    <message>
        <source>The date of birth must be a real date written as YYYY-MM-DD.</source>
        <translation>出生日期必须是按 YYYY-MM-DD 书写的有效日期。</translation>
    </message>
    <message>
        <source>The date missing must be a real date written as YYYY-MM-DD.</source>
        <translation>失踪日期必须是按 YYYY-MM-DD 书写的有效日期。</translation>
    </message>
    <message>
        <source>The birth year does not match the date of birth.</source>
        <translation>出生年份与出生日期不符。</translation>
    </message>
</context>
<context>
    <name>reunite::gui::FlyerImportPage</name>
    <message>
        <source>Open a flyer or drop it here.</source>
        <translation>打开一张寻人启事，或将其拖放到此处。</translation>
    </message>
    <message>
        <source>Cancelling after the current flyer…</source>
        <translation>将在当前启事处理完后取消…</translation>
    </message>
    <message>
        <source>%1 was saved as case %2.</source>
        <translation>%1 已保存为案件 %2。</translation>
    </message>
    <message>
        <source>No face was stored with it.</source>
        <translation>没有随之保存人脸。</translation>
    </message>
    <message>
        <source>The flyer could not be saved: %1</source>
        <translation>无法保存启事：%1</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>正在读取 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <source>stored, but: %1</source>
        <translation>已保存，但：%1</translation>
    </message>
    <message>
        <source>The folder could not be imported: %1</source>
        <translation>无法导入该文件夹：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n flyer(s) imported</source>
        <translation>
            <numerusform>已导入 %n 张启事</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>已跳过 %n 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 张失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: %1.</source>
        <translation>导入已取消：%1。</translation>
    </message>
    <message>
        <source>Import finished: %1.</source>
        <translation>导入完成：%1。</translation>
    </message>
    <message>
        <source>month first (US)</source>
        <translation>月份在前（美式）</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>日在前</translation>
    </message>
    <message>
        <source>Open a missing-person flyer</source>
        <translation>打开寻人启事</translation>
    </message>
    <message>
        <source>Import a folder of flyers into the gallery</source>
        <translation>将一个文件夹中的启事导入图库</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>请先打开一个数据库。</translation>
    </message>
    <message>
        <source>Wait until the current flyer has been read or saved.</source>
        <translation>请等待当前启事读取或保存完成。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>The face models are still loading; try again in a moment.</source>
        <translation>人脸模型仍在加载；请稍后再试。</translation>
    </message>
    <message>
        <source>A folder import is already running.</source>
        <translation>已有一个文件夹导入正在运行。</translation>
    </message>
    <message>
        <source>Importing the flyers in %1…</source>
        <translation>正在导入 %1 中的启事…</translation>
    </message>
    <message>
        <source>No face was found on the flyer; it can still be saved without a face. Reading the text…</source>
        <translation>启事上未找到人脸；仍可以不带人脸保存。正在读取文字…</translation>
    </message>
    <message numerus="yes">
        <source>Click the child&apos;s face on the flyer (%n face(s) found). Reading the text…</source>
        <translation>
            <numerusform>请在启事上点击孩子的脸（找到 %n 张脸）。正在读取文字…</numerusform>
        </translation>
    </message>
    <message>
        <source>The text of the flyer could not be read (%1); type the fields from the flyer.</source>
        <translation>无法读取启事上的文字（%1）；请根据启事手动填写字段。</translation>
    </message>
    <message>
        <source>Text read (mean confidence %1%): check the fields against the flyer, then save.</source>
        <translation>文字已读取（平均置信度 %1%）：请对照启事核对各字段，然后保存。</translation>
    </message>
    <message>
        <source>Text read (mean confidence %1%): click the child&apos;s face, check the fields against the flyer, then save.</source>
        <translation>文字已读取（平均置信度 %1%）：请点击孩子的脸，对照启事核对各字段，然后保存。</translation>
    </message>
    <message>
        <source>%1 could not be read as an image: %2</source>
        <translation>无法将 %1 作为图像读取：%2</translation>
    </message>
    <message>
        <source>Click the child&apos;s face on the flyer first.</source>
        <translation>请先在启事上点击孩子的脸。</translation>
    </message>
    <message>
        <source>Saving the flyer…</source>
        <translation>正在保存启事…</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>图像 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>the flyer %1</source>
        <translation>寻人启事 %1</translation>
    </message>
    <message>
        <source>%1 was saved as a gallery record of %2.</source>
        <translation>%1 已保存为 %2 的图库记录。</translation>
    </message>
    <message>
        <source>an unnamed person</source>
        <translation>未具名者</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) read uncertainly are marked: compare them with the flyer first.</source>
        <translation>
            <numerusform>有 %n 个字段识别不确定，已标出：请先与传单核对。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reunite::gui::GalleryBrowserPage</name>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation>
            <numerusform>%n 张脸</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) in memory for searching</source>
        <translation>
            <numerusform>内存中有 %n 张人脸可供搜索</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n 名候选人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gallery face(s)</source>
        <translation>
            <numerusform>%n 张图库人脸</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n import run(s)</source>
        <translation>
            <numerusform>%n 次导入</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>%1 cannot be removed: it is evidence of earlier work.</source>
        <translation>%1 不能删除：它是既往工作的证据。</translation>
    </message>
    <message>
        <source>Stored search results: %1 · review decisions: %2 · DNA requests: %3 (counting the unnamed faces of its group photos).</source>
        <translation>已保存的检索结果：%1 · 审查决定：%2 · DNA 申请：%3（包括其合影中的未具名人脸）。</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 with %n photo(s) and their faces?</source>
        <translation>
            <numerusform>删除 %1 及其 %n 张照片和人脸？</numerusform>
        </translation>
    </message>
    <message>
        <source>No stored search, decision or DNA request refers to it; later searches will not find it.</source>
        <translation>没有已保存的检索、审查决定或 DNA 申请引用它；之后的检索将不会找到它。</translation>
    </message>
    <message numerus="yes">
        <source>The %n unnamed face(s) of its group photos go with it.</source>
        <translation>
            <numerusform>其合影中的 %n 张未具名人脸也会一并删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>The workstation&apos;s copies of the files are deleted unless another record uses them.</source>
        <translation>工作站保存的文件副本将被删除（除非其他记录仍在使用）。</translation>
    </message>
    <message>
        <source>looks about %1 (± %2), estimated</source>
        <translation>看起来约 %1 岁（± %2），估计值</translation>
    </message>
</context>
<context>
    <name>reunite::gui::GalleryImportPanel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%v / %m photos</source>
        <translation>%v / %m 张照片</translation>
    </message>
    <message>
        <source>Folder of photos to import</source>
        <translation>要导入的照片文件夹</translation>
    </message>
    <message>
        <source>CSV manifest to import</source>
        <translation>要导入的 CSV 清单</translation>
    </message>
    <message>
        <source>CSV manifests (*.csv);;All files (*)</source>
        <translation>CSV 清单 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose an existing folder or CSV manifest first.</source>
        <translation>请先选择一个已存在的文件夹或 CSV 清单。</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>已有一个导入正在运行。</translation>
    </message>
    <message>
        <source>Reading the file list and checking what is already stored…</source>
        <translation>正在读取文件列表并检查哪些已经保存…</translation>
    </message>
    <message>
        <source>The import could not run: %1</source>
        <translation>导入未能运行：%1</translation>
    </message>
    <message>
        <source>%1: %2 photos imported, %3 faces, %4 already stored, %5 failed, in %6.</source>
        <translation>%1：导入 %2 张照片，%3 张脸，%4 张已保存过，%5 个失败，用时 %6。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 processed, %2 saved · %3 faces/s · about %4 left · %5 faces found · %6 failed · %7 already stored</source>
        <translation>已处理 %1，已保存 %2 · 每秒 %3 张人脸 · 约剩 %4 · 找到 %5 张人脸 · %6 个失败 · %7 个已存储</translation>
    </message>
    <message numerus="yes">
        <source>%n group photo(s): faces not named by the manifest&apos;s face column were stored as unnamed candidates.</source>
        <translation>
            <numerusform>%n 张合影：清单 face 列未指定的人脸已保存为未具名候选人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) got no face because their group photo does not say which face is the person.</source>
        <translation>
            <numerusform>%n 条记录没有人脸，因为其合影未指明哪张脸是此人。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reunite::gui::ImportErrorTable</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>reunite::gui::ImportPage</name>
    <message>
        <source>Flyer import (scanned or photographed missing-person flyers, read with OCR) is not part of this build yet.</source>
        <translation>此版本尚未包含寻人启事导入（用 OCR 读取扫描或拍摄的寻人启事）。</translation>
    </message>
</context>
<context>
    <name>reunite::gui::ImportRunTableModel</name>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>人脸</translation>
    </message>
</context>
<context>
    <name>reunite::gui::KinshipAnalysisView</name>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>同胞</translation>
    </message>
    <message>
        <source>Half sibling</source>
        <translation>半同胞</translation>
    </message>
    <message>
        <source>No analysis yet.</source>
        <translation>尚无分析。</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>基因座</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>似然比</translation>
    </message>
    <message>
        <source>Mendel</source>
        <translation>孟德尔规律</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>INCONSISTENT (mutation model)</source>
        <translation>不符合（突变模型）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Combined index&lt;/b&gt; %1 (log10 %2) · &lt;b&gt;Probability&lt;/b&gt; %3 &lt;b&gt;with prior&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;累积似然比&lt;/b&gt; %1（log10 %2）· &lt;b&gt;概率&lt;/b&gt; %3 &lt;b&gt;（先验概率&lt;/b&gt; %4&lt;b&gt;）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Inconsistent loci: %1 of %2 compared</source>
        <translation>不符合遗传规律的基因座：%1 / %2</translation>
    </message>
    <message>
        <source>cumulative power of exclusion %1</source>
        <translation>累积非父排除率 %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>判定规则：%1</translation>
    </message>
    <message>
        <source>%1 · θ %2 · mutation model %3, μ %4 · table %5 · analysis %6 by %7 at %8</source>
        <translation>%1 · θ %2 · 突变模型 %3，μ %4 · 频率表 %5 · 分析 %6，%7，%8</translation>
    </message>
    <message>
        <source>A likelihood ratio is one piece of evidence against “unrelated”; the probability depends on the prior shown.</source>
        <translation>似然比只是相对于“无关个体”的一项证据；概率取决于所示的先验概率。</translation>
    </message>
</context>
<context>
    <name>reunite::gui::LabFileDropArea</name>
    <message>
        <source>Drop the lab&apos;s results here (CSV sample,marker,allele1,allele2 or a GeneMapper export), or click to choose the file</source>
        <translation>将实验室结果拖放到此处（CSV：sample,marker,allele1,allele2，或 GeneMapper 导出文件），或点击选择文件</translation>
    </message>
    <message>
        <source>Lab results file</source>
        <translation>检测结果文件</translation>
    </message>
    <message>
        <source>Lab results (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>检测结果 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>reunite::gui::MainWindow</name>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Photo database</source>
        <translation>照片数据库</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The database %1 could not be opened:
%2</source>
        <translation>无法打开数据库 %1：
%2</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Reunite databases (*.db);;All files (*)</source>
        <translation>Reunite数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open database to open it.</source>
        <translation>%1 已存在。请使用“打开数据库”打开它。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>About Reunite</source>
        <translation>关于Reunite</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>无数据库</translation>
    </message>
    <message>
        <source>Cases can still be edited; searching and importing need the models. Run: %1</source>
        <translation>仍可编辑案件；搜索和导入需要人脸模型。请运行：%1</translation>
    </message>
    <message>
        <source>Starting up: %1 Cases can already be viewed and edited.</source>
        <translation>正在启动：%1 现在已可以查看和编辑案件。</translation>
    </message>
    <message>
        <source>Reunite — %1</source>
        <translation>Reunite — %1</translation>
    </message>
    <message>
        <source>Reunite</source>
        <translation>Reunite</translation>
    </message>
    <message>
        <source>Quit Reunite</source>
        <translation>退出Reunite</translation>
    </message>
    <message>
        <source>An import, search or photo processing is still running. Quit anyway? Work stored so far is kept; an interrupted import can be run again to complete it.</source>
        <translation>导入、搜索或照片处理仍在运行。仍要退出吗？已保存的工作会保留；中断的导入可以再次运行以完成。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reunite %1&lt;/h3&gt;&lt;p&gt;An offline investigator workstation that helps find children who were abducted years ago.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Every score is an investigative lead, never an identification.&lt;/b&gt; Only DNA confirms identity.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reunite %1&lt;/h3&gt;&lt;p&gt;一个离线的调查工作站，帮助寻找多年前被拐卖的儿童。&lt;/p&gt;&lt;p&gt;&lt;b&gt;每个分数都只是调查线索，绝不是身份确认。&lt;/b&gt;只有 DNA 能确认身份。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press F1 on any screen for the user guide.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在任何界面按 F1 打开使用指南。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Face embedding model: %1</source>
        <translation>人脸特征模型：%1</translation>
    </message>
    <message>
        <source>Face models: not loaded</source>
        <translation>人脸模型：未加载</translation>
    </message>
    <message>
        <source>Age-invariant comparison: %1</source>
        <translation>跨年龄比对：%1</translation>
    </message>
    <message>
        <source>Age-invariant comparison: not installed</source>
        <translation>跨年龄比对：未安装</translation>
    </message>
    <message>
        <source>The new language applies when Reunite starts again. Restart now? Unsaved edits are asked about first; running work is asked about too.</source>
        <translation>新语言在 Reunite 重新启动后生效。现在重新启动吗？如有未保存的修改或正在运行的任务，会先询问您。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重新启动</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>没有数据库</translation>
    </message>
    <message>
        <source>No private folder for the database is known (HOME is not set). Choose a database file with File &gt; Open database, or set REUNITE_DB.</source>
        <translation>找不到存放数据库的私有文件夹（未设置 HOME）。请通过“文件 &gt; 打开数据库”选择数据库文件，或设置 REUNITE_DB。</translation>
    </message>
    <message>
        <source>Unlock the database</source>
        <translation>解锁数据库</translation>
    </message>
</context>
<context>
    <name>reunite::gui::NoticeText</name>
    <message>
        <source>row %1: no file given</source>
        <translation>第 %1 行：未给出文件</translation>
    </message>
    <message>
        <source>row %1: %2 lies outside the manifest&apos;s folder and was not read</source>
        <translation>第 %1 行：%2 位于清单所在文件夹之外，未读取</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>未找到文件：%1</translation>
    </message>
    <message>
        <source>row %1: text that is not UTF-8 (save the manifest as UTF-8)</source>
        <translation>第 %1 行：文本不是 UTF-8 编码（请将清单另存为 UTF-8）</translation>
    </message>
    <message>
        <source>row %1: record_id is empty</source>
        <translation>第 %1 行：record_id（记录编号）为空</translation>
    </message>
    <message>
        <source>row %1: unknown sex &apos;%2&apos; (use F, M or U)</source>
        <translation>第 %1 行：无法识别的性别“%2”（请使用 F、M 或 U）</translation>
    </message>
    <message>
        <source>row %1: bad birth date &apos;%2&apos; (use YYYY-MM-DD)</source>
        <translation>第 %1 行：出生日期“%2”无效（请使用 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>row %1: bad birth year &apos;%2&apos;</source>
        <translation>第 %1 行：出生年份“%2”无效</translation>
    </message>
    <message>
        <source>row %1: unknown source &apos;%2&apos;</source>
        <translation>第 %1 行：无法识别的来源“%2”</translation>
    </message>
    <message>
        <source>row %1: bad photo date &apos;%2&apos;</source>
        <translation>第 %1 行：照片日期“%2”无效</translation>
    </message>
    <message>
        <source>row %1: the face column cannot be used: %2</source>
        <comment>%2: English details</comment>
        <translation>第 %1 行：face（人脸）列无法使用：%2</translation>
    </message>
    <message>
        <source>row %1: record_id %2 was given different personal data on row %3</source>
        <translation>第 %1 行：记录编号 %2 的个人信息与第 %3 行不同</translation>
    </message>
    <message>
        <source>row %1: repeats row %2 (same record_id and file)</source>
        <translation>第 %1 行：与第 %2 行重复（记录编号和文件相同）</translation>
    </message>
    <message>
        <source>no face was found; the record was stored without a face</source>
        <translation>未找到人脸；记录已保存，但没有人脸</translation>
    </message>
    <message>
        <source>%1 value(s) read uncertainly were put in the notes, not in the fields: check them against the flyer</source>
        <translation>有 %1 个识别不确定的值已写入备注，未填入字段：请对照寻人启事核对</translation>
    </message>
    <message>
        <source>the age-invariant comparison was switched off: faces are compared directly only</source>
        <translation>跨年龄比对已关闭：仅直接比较人脸</translation>
    </message>
    <message>
        <source>the age-invariant comparison is not installed (%1): faces are compared directly only</source>
        <comment>%1: English details</comment>
        <translation>未安装跨年龄比对（%1）：仅直接比较人脸</translation>
    </message>
    <message>
        <source>%1 gallery face(s) were left out of the search because the stored embedding is damaged (faces %2); run `reunite-cli check` and re-import those photos</source>
        <translation>有 %1 张图库人脸因存储的特征向量已损坏而未参与检索（人脸 %2）；请运行 `reunite-cli check` 并重新导入这些照片</translation>
    </message>
    <message>
        <source>age-progressed probes were not used: %1</source>
        <comment>%1: English details</comment>
        <translation>未使用年龄推演检索图像：%1</translation>
    </message>
    <message>
        <source>case %1 has no childhood photo: the poster shows none</source>
        <translation>案件 %1 没有童年照片：海报中不显示照片</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <comment>%2: English details</comment>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no detected face: no age-progressed image</source>
        <translation>%1 中未检测到人脸：没有年龄推演图像</translation>
    </message>
    <message>
        <source>no age-progressed image: the photo&apos;s age or the case&apos;s dates are missing</source>
        <translation>没有年龄推演图像：缺少照片中的年龄或案件的日期</translation>
    </message>
    <message>
        <source>no age-progressed image: %1</source>
        <comment>%1: English details</comment>
        <translation>没有年龄推演图像：%1</translation>
    </message>
    <message>
        <source>an age-progressed image was left out: %1</source>
        <comment>%1: the photo and English details</comment>
        <translation>未包含一张年龄推演图像：%1</translation>
    </message>
    <message>
        <source>%1 is a childhood photo of a case: probe photos never enter the photo database</source>
        <translation>%1 是某案件的儿童时期照片：查询照片绝不进入照片库</translation>
    </message>
    <message>
        <source>%1 people of the photo database outside the top leads were left out of this report</source>
        <translation>照片库中排在前列线索之外的 %1 人未列入本报告</translation>
    </message>
    <message>
        <source>likelihood ratios are not available (%1): no LR is shown and relatives&apos; photos are not compared</source>
        <comment>%1: English details</comment>
        <translation>无法提供似然比（%1）：不显示似然比，也不比对亲属照片</translation>
    </message>
    <message>
        <source>the leads were ranked with the relatives&apos; photos too (%1 relative(s), %2 face(s)): kinship is weak evidence, a lead only</source>
        <translation>线索排序也参考了亲属照片（%1 位亲属，%2 张人脸）：亲缘相似只是很弱的证据，仅作线索</translation>
    </message>
    <message>
        <source>the case has no childhood photo: the leads were found by the relatives&apos; photos alone (the %1 candidates most like them compared by kinship); this is much weaker than a childhood photo</source>
        <translation>本案没有童年照片：线索仅依据亲属照片得出（与其最相似的 %1 名候选人经亲缘比对）；其证据远弱于童年照片</translation>
    </message>
</context>
<context>
    <name>reunite::gui::PassphraseDialog</name>
    <message>
        <source>Unlock the database</source>
        <translation>解锁数据库</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Type its passphrase to open its photos and records; then sign in with your account.</source>
        <translation>数据库 %1 已加密。请输入其口令以打开其中的照片和记录，然后用您的账户登录。</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>reunite::gui::PhotoListModel</name>
    <message>
        <source>age %1</source>
        <translation>%1 岁</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation>
            <numerusform>%n 张脸</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reunite::gui::PhotoPanel</name>
    <message>
        <source>No photo yet.
Drop photos here or click “Add photos…”.</source>
        <translation>还没有照片。
将照片拖放到此处，或点击“添加照片…”。</translation>
    </message>
    <message>
        <source>The stored copy of this photo cannot be shown: %1</source>
        <translation>无法显示此照片的保存副本：%1</translation>
    </message>
    <message>
        <source>Finding faces in %1…</source>
        <translation>正在 %1 中查找人脸…</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>已添加 %n 张照片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be added:</source>
        <translation>
            <numerusform>%n 张无法添加：</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) found again.</source>
        <translation>
            <numerusform>重新找到 %n 张脸。</numerusform>
        </translation>
    </message>
    <message>
        <source>Faces could not be detected again: %1</source>
        <translation>无法重新检测人脸：%1</translation>
    </message>
    <message>
        <source>The photos could not be read: %1</source>
        <translation>无法读取照片：%1</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>正在加载照片…</translation>
    </message>
    <message>
        <source>Face %1: %2 px wide, sharpness %3, turned %4°</source>
        <translation>人脸 %1：宽 %2 像素，清晰度 %3，转角 %4°</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Save the record first, then add its photos.</source>
        <translation>请先保存记录，再添加照片。</translation>
    </message>
    <message>
        <source>The face models are still loading; try again in a moment.</source>
        <translation>人脸模型仍在加载；请稍后再试。</translation>
    </message>
    <message>
        <source>Photos are still being processed; add more when they are done.</source>
        <translation>照片仍在处理中；处理完成后再添加。</translation>
    </message>
    <message>
        <source>The choice could not be stored: %1</source>
        <translation>无法保存所选结果：%1</translation>
    </message>
    <message>
        <source>Only the selected face is kept for this photo.</source>
        <translation>此照片只保留所选的脸。</translation>
    </message>
    <message>
        <source>Detecting faces again…</source>
        <translation>正在重新检测人脸…</translation>
    </message>
    <message>
        <source>The age could not be stored: %1</source>
        <translation>无法保存年龄：%1</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图像 (%1)</translation>
    </message>
    <message>
        <source>The photo could not be removed: %1</source>
        <translation>无法删除照片：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n stored search result(s) show one of its faces: they keep their rank and score, without this face.</source>
        <translation>
            <numerusform>%n 条已保存的检索结果显示了它的人脸：这些结果保留排名和分数，但不再显示此人脸。</numerusform>
        </translation>
    </message>
    <message>
        <source>No stored search result shows its faces.</source>
        <translation>没有已保存的检索结果显示其人脸。</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message numerus="yes">
        <source>Remove this photo and its %n face(s)?</source>
        <translation>
            <numerusform>删除此照片及其 %n 张人脸？</numerusform>
        </translation>
    </message>
    <message>
        <source>The photo was removed.</source>
        <translation>照片已删除。</translation>
    </message>
    <message>
        <source>Drag a box around the face on the photo.</source>
        <translation>请在照片上拖出一个框把人脸框住。</translation>
    </message>
    <message>
        <source>The face could not be added: %1</source>
        <translation>无法添加人脸：%1</translation>
    </message>
    <message>
        <source>The face drawn by hand was added; it is marked as drawn by hand.</source>
        <translation>已添加人工框选的人脸，并标记为人工框选。</translation>
    </message>
    <message>
        <source>Later searches will not use it. The workstation&apos;s copy of the file is deleted unless another record uses it.</source>
        <translation>之后的检索将不再使用它。工作站保存的文件副本将被删除（除非其他记录仍在使用）。</translation>
    </message>
    <message>
        <source>, looks about %1 (± %2 years, estimated)</source>
        <translation>，看起来约 %1 岁（± %2 岁，估计值）</translation>
    </message>
</context>
<context>
    <name>reunite::gui::RelativesPanel</name>
    <message>
        <source>The relatives could not be read: %1</source>
        <translation>无法读取亲属信息：%1</translation>
    </message>
    <message>
        <source>Fill in and save the new relative, then add photos.</source>
        <translation>填写并保存新亲属，然后添加照片。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Remove relative</source>
        <translation>删除亲属</translation>
    </message>
    <message>
        <source>Remove this relative together with their photos and faces? This cannot be undone.</source>
        <translation>删除此亲属及其照片和人脸？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>the new relative</source>
        <translation>新亲属</translation>
    </message>
    <message>
        <source>the relative %1</source>
        <translation>亲属 %1</translation>
    </message>
</context>
<context>
    <name>reunite::gui::SampleRegistrationDialog</name>
    <message>
        <source>Register a DNA sample</source>
        <translation>登记 DNA 样本</translation>
    </message>
    <message>
        <source>as written on the tube or card, and in the lab&apos;s file</source>
        <translation>与采样管或血卡上及实验室文件中的编号一致</translation>
    </message>
    <message>
        <source>Sample id</source>
        <translation>样本编号</translation>
    </message>
    <message>
        <source>Whose sample</source>
        <translation>样本提供者</translation>
    </message>
    <message>
        <source>Donor&apos;s name</source>
        <translation>提供者姓名</translation>
    </message>
    <message>
        <source>Sample type</source>
        <translation>样本类型</translation>
    </message>
    <message>
        <source>Collected at</source>
        <translation>采集时间</translation>
    </message>
    <message>
        <source>Collected where</source>
        <translation>采集地点</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>采集人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>reunite::gui::SettingsDialog</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (match threshold %2)</source>
        <translation>%1（匹配阈值 %2）</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
</context>
<context>
    <name>reunite::gui::SignInDialog</name>
    <message>
        <source>Create the supervisor account</source>
        <translation>创建主管账户</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>This database has no accounts yet. The first account is the supervisor&apos;s: it creates the accounts of analysts and volunteers and sees the audit log.</source>
        <translation>此数据库还没有账户。第一个账户是主管账户：由它创建分析员和志愿者的账户，并查看审计日志。</translation>
    </message>
    <message>
        <source>Your account is recorded with every search, decision and DNA step you make.</source>
        <translation>您的每一次检索、决定和 DNA 步骤都会记录您的账户。</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>reunite::gui::UserGuideDialog</name>
    <message>
        <source>Reunite user guide</source>
        <translation>Reunite 使用指南</translation>
    </message>
</context>
<context>
    <name>reunite::gui::Workstation</name>
    <message>
        <source>Finish or cancel the running import, search or photo processing first.</source>
        <translation>请先完成或取消正在运行的导入、搜索或照片处理。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>Loading the face models…</source>
        <translation>正在加载人脸模型…</translation>
    </message>
    <message>
        <source>Loading the photo database into memory…</source>
        <translation>正在将照片数据库加载到内存…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n gallery face(s) searchable.</source>
        <translation>
            <numerusform>就绪：可搜索 %n 张图库人脸。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <source>The face models could not be loaded: %1</source>
        <translation>无法加载人脸模型：%1</translation>
    </message>
    <message>
        <source>The photo database could not be loaded: %1</source>
        <translation>无法加载照片数据库：%1</translation>
    </message>
    <message>
        <source>Opening and checking the database…</source>
        <translation>正在打开并检查数据库…</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) with a damaged stored embedding left out: run reunite-cli check.</source>
        <translation>
            <numerusform>有 %n 张人脸的存储特征已损坏，未参与搜索：请运行 reunite-cli check。</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is wrong: the database stays locked.</source>
        <translation>口令错误：数据库仍处于锁定状态。</translation>
    </message>
    <message>
        <source>The database is encrypted: its photo database loads once the passphrase is given.</source>
        <translation>数据库已加密：输入口令后才会载入照片库。</translation>
    </message>
    <message>
        <source>Some faces have no estimated birth years yet (%1): their records count as of unknown birth year until the next try.</source>
        <comment>%1: English details</comment>
        <translation>部分人脸尚未估计出生年份（%1）：在下次尝试之前，这些记录按出生年份未知处理。</translation>
    </message>
</context>
</TS>
