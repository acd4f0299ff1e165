<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AppSettings</name>
    <message>
        <source>no position</source>
        <translation>无定位</translation>
    </message>
    <message>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <source>S</source>
        <translation>南</translation>
    </message>
    <message>
        <source>E</source>
        <translation>东</translation>
    </message>
    <message>
        <source>W</source>
        <translation>西</translation>
    </message>
    <message>
        <source>accuracy unknown</source>
        <translation>精度未知</translation>
    </message>
    <message>
        <source>±%1 m</source>
        <translation>±%1 米</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>NE</source>
        <translation>东北</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>东南</translation>
    </message>
    <message>
        <source>SW</source>
        <translation>西南</translation>
    </message>
    <message>
        <source>NW</source>
        <translation>西北</translation>
    </message>
    <message>
        <source>%1° %2</source>
        <translation>%1° %2</translation>
    </message>
</context>
<context>
    <name>CameraCapturePage</name>
    <message>
        <source>Add a photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Choose a photo file</source>
        <translation>选择照片文件</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.webp)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.heic *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The camera could not take the photo: %1</source>
        <translation>相机无法拍照：%1</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>No camera on this device: choose a photo file.</source>
        <translation>本设备无相机，请选择照片文件。</translation>
    </message>
    <message>
        <source>Or type the photo file&apos;s path</source>
        <translation>或输入照片文件路径</translation>
    </message>
    <message>
        <source>Add this file</source>
        <translation>添加此文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>no problem</source>
        <translation>无问题</translation>
    </message>
    <message>
        <source>problem found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>未检查</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Add items from a checklist</source>
        <translation>从检查表模板添加条目</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>No items yet.</source>
        <translation>暂无条目。</translation>
    </message>
    <message>
        <source>%1 items, %2 not checked yet, %3 with a problem.</source>
        <translation>共 %1 项，未检查 %2 项，有问题 %3 项。</translation>
    </message>
    <message>
        <source>Key points: %1</source>
        <translation>检查要点：%1</translation>
    </message>
    <message>
        <source>Standard: %1</source>
        <translation>检查标准：%1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>检查方法：%1</translation>
    </message>
    <message>
        <source>No problem</source>
        <translation>无问题</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>What was found, where, how much</source>
        <translation>发现的问题、位置、数量</translation>
    </message>
    <message>
        <source>Save the checklist</source>
        <translation>保存检查表</translation>
    </message>
</context>
<context>
    <name>ClueEditor</name>
    <message>
        <source>The clue cannot be opened: this device&apos;s storage is not ready.</source>
        <translation>无法打开线索：本设备存储未就绪。</translation>
    </message>
    <message>
        <source>This clue is not on this device. Sync to receive it from the office.</source>
        <translation>本设备上没有此线索，请同步以从单位接收。</translation>
    </message>
    <message>
        <source>The clue could not be read: %1</source>
        <translation>无法读取线索：%1</translation>
    </message>
    <message>
        <source>This record is not a Green Shield clue.</source>
        <translation>此记录不是绿盾线索。</translation>
    </message>
    <message>
        <source>There is no position fix yet. Wait in the open until the fix shows, then try again.</source>
        <translation>尚未定位。请到开阔处等待定位成功后重试。</translation>
    </message>
    <message>
        <source>Open a clue before saving.</source>
        <translation>请先打开线索再保存。</translation>
    </message>
    <message>
        <source>Someone else changed this clue after you opened it, so it was not saved. Your entries are still here: choose &quot;Keep my entries&quot; to save them on top of the newer version.</source>
        <translation>您打开此线索后，他人已修改，因此未保存。您填写的内容仍在：选择“保留我的填写”可在新版本上保存。</translation>
    </message>
    <message>
        <source>The device storage is full, so the clue was not saved. Free some space (sync, or delete other files) and save again; your entries are kept.</source>
        <translation>设备存储已满，线索未保存。请清理空间（同步或删除其他文件）后重新保存，已填内容保留。</translation>
    </message>
    <message>
        <source>A photo attached to this clue is missing from the device, so it was not saved. Remove it or take it again. (%1)</source>
        <translation>此线索所附照片在设备上缺失，未保存。请移除或重新拍摄。（%1）</translation>
    </message>
    <message>
        <source>The clue was not saved: %1</source>
        <translation>线索未保存：%1</translation>
    </message>
    <message>
        <source>A close-out needs evidence: add at least one photo or document of the rectified site before closing out.</source>
        <translation>销号需要佐证材料：请至少添加一张整改后现场的照片或文件。</translation>
    </message>
    <message>
        <source>Enter who approved the close-out.</source>
        <translation>请填写销号审批人。</translation>
    </message>
    <message>
        <source>The deadline must be a date written like 2026-12-31.</source>
        <translation>整改时限须为日期，格式如 2026-12-31。</translation>
    </message>
    <message>
        <source>Your name is not set on this device. Enter it in Settings before verifying a clue.</source>
        <translation>本设备未设置您的姓名。请先在“设置”中填写，再核查线索。</translation>
    </message>
    <message>
        <source>The verification position is not a valid place. Take the position again.</source>
        <translation>核查位置无效，请重新定位。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ClueFacts</name>
    <message>
        <source>Remote-sensing clue</source>
        <translation>遥感线索</translation>
    </message>
    <message>
        <source>Clue code</source>
        <translation>线索编号</translation>
    </message>
    <message>
        <source>Protected area</source>
        <translation>保护地</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Suspected type</source>
        <translation>疑似类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Suspected area</source>
        <translation>疑似面积</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <source>County code</source>
        <translation>县级区划代码</translation>
    </message>
    <message>
        <source>Clue location</source>
        <translation>线索位置</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
</context>
<context>
    <name>ClueListModel</name>
    <message>
        <source>The clues could not be read from this device&apos;s storage: %1</source>
        <translation>无法从本设备存储读取线索：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n clue(s) could not be read and are not shown.</source>
        <translation>
            <numerusform>%n 条线索无法读取，未显示。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClueListPage</name>
    <message>
        <source>Green Shield</source>
        <translation>绿盾</translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation>位置 %1</translation>
    </message>
    <message>
        <source>Without a position fix the clues are listed by code. Distances appear as soon as there is a fix.</source>
        <translation>未定位时按编号排列线索，定位后显示距离。</translation>
    </message>
    <message>
        <source>Show closed-out clues</source>
        <translation>显示已销号线索</translation>
    </message>
    <message>
        <source>No clues on this device yet. Clues come from the office when you sync.</source>
        <translation>本设备暂无线索。同步后由单位下发。</translation>
    </message>
    <message>
        <source>Every clue here is closed out. Switch on &quot;Show closed-out clues&quot; to see them.</source>
        <translation>此处线索均已销号。打开“显示已销号线索”可查看。</translation>
    </message>
</context>
<context>
    <name>ClueListRow</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no fix</source>
        <translation>未定位</translation>
    </message>
</context>
<context>
    <name>CluePage</name>
    <message>
        <source>Clue</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Saved (version %1). It will be sent at the next sync.</source>
        <translation>已保存（版本 %1），将在下次同步时上传。</translation>
    </message>
    <message>
        <source>Direction %1 from here (north up)</source>
        <translation>位于此处 %1 方向（上北）</translation>
    </message>
    <message>
        <source>This clue has no location, so no direction can be shown.</source>
        <translation>此线索无位置，无法显示方向。</translation>
    </message>
    <message>
        <source>Keep my entries on the newer version</source>
        <translation>在新版本上保留我的填写</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n verification evidence file(s) attached.</source>
        <translation>
            <numerusform>已附核查佐证材料 %n 份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification evidence: add photos of what you found.</source>
        <translation>核查佐证：请拍摄现场照片。</translation>
    </message>
    <message>
        <source>Save verification</source>
        <translation>保存核查结果</translation>
    </message>
</context>
<context>
    <name>ClueRectificationSection</name>
    <message>
        <source>Rectification and close-out</source>
        <translation>整改与销号</translation>
    </message>
    <message>
        <source>Rectification measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline (year-month-day)</source>
        <translation>整改时限（年-月-日）</translation>
    </message>
    <message>
        <source>e.g. 2026-12-31</source>
        <translation>如 2026-12-31</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rectification result</source>
        <translation>整改结果</translation>
    </message>
    <message>
        <source>Close-out approved by</source>
        <translation>销号审批人</translation>
    </message>
    <message numerus="yes">
        <source>%n close-out evidence file(s) attached.</source>
        <translation>
            <numerusform>已附销号佐证材料 %n 份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close-out evidence</source>
        <translation>销号佐证材料</translation>
    </message>
    <message>
        <source>A close-out needs evidence: add at least one photo or document of the rectified site below before closing out.</source>
        <translation>销号需要佐证材料：请在下方至少添加一张整改后现场的照片或文件。</translation>
    </message>
    <message>
        <source>Save rectification</source>
        <translation>保存整改信息</translation>
    </message>
</context>
<context>
    <name>ClueVerificationForm</name>
    <message>
        <source>On-site verification</source>
        <translation>现场核查</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>核查结论</translation>
    </message>
    <message>
        <source>Facility name</source>
        <translation>设施名称</translation>
    </message>
    <message>
        <source>Facility or activity type</source>
        <translation>设施或活动类型</translation>
    </message>
    <message>
        <source>Scale (area, buildings)</source>
        <translation>规模（面积、建筑）</translation>
    </message>
    <message>
        <source>e.g. 1200 m², 3 buildings</source>
        <translation>如 1200 平方米、3 栋建筑</translation>
    </message>
    <message>
        <source>Built when (as known)</source>
        <translation>建设时间（已知情况）</translation>
    </message>
    <message>
        <source>e.g. 2019 or 2019-05</source>
        <translation>如 2019 或 2019-05</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>Verification position</source>
        <translation>核查位置</translation>
    </message>
    <message>
        <source>Not taken yet: the zone is derived from the clue&apos;s point until you take your position.</source>
        <translation>尚未定位：在您定位前，按线索点位判定功能区。</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>使用我的位置</translation>
    </message>
    <message>
        <source>Waiting for a position fix</source>
        <translation>等待定位</translation>
    </message>
    <message>
        <source>Functional zone (derived from the reserve&apos;s zones, not typed)</source>
        <translation>功能区（根据保护地分区自动判定，无需填写）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ClueWords</name>
    <message>
        <source>Residential site</source>
        <translation>居民点</translation>
    </message>
    <message>
        <source>Other artificial facility</source>
        <translation>其他人工设施</translation>
    </message>
    <message>
        <source>Other human activity</source>
        <translation>其他人类活动</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>采矿</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>旅游</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <source>Farming or aquaculture</source>
        <translation>种植养殖</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Remote sensing</source>
        <translation>遥感监测</translation>
    </message>
    <message>
        <source>Public report</source>
        <translation>群众举报</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查发现</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>待核查</translation>
    </message>
    <message>
        <source>Confirmed: a real problem</source>
        <translation>属实：确有问题</translation>
    </message>
    <message>
        <source>Not a problem</source>
        <translation>不属实</translation>
    </message>
    <message>
        <source>Already rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation>待验收</translation>
    </message>
    <message>
        <source>Closed out</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Core area</source>
        <translation>核心区</translation>
    </message>
    <message>
        <source>Buffer zone</source>
        <translation>缓冲区</translation>
    </message>
    <message>
        <source>Experimental zone</source>
        <translation>实验区</translation>
    </message>
    <message>
        <source>Core protection zone</source>
        <translation>核心保护区</translation>
    </message>
    <message>
        <source>General control zone</source>
        <translation>一般控制区</translation>
    </message>
    <message>
        <source>Outside the reserve</source>
        <translation>保护地外</translation>
    </message>
    <message>
        <source>Unknown (no position or no zone data)</source>
        <translation>未知（无位置或无分区数据）</translation>
    </message>
    <message>
        <source>National</source>
        <translation>国家级</translation>
    </message>
    <message>
        <source>Autonomous region</source>
        <translation>自治区级</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>地州级</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
</context>
<context>
    <name>CodeScanner</name>
    <message>
        <source>The picture %1 does not exist (any more).</source>
        <translation>图片 %1 不存在（或已被删除）。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read as a picture: it is not an image or it is damaged.</source>
        <translation>文件 %1 无法作为图片读取：不是图片或已损坏。</translation>
    </message>
    <message>
        <source>No QR code found in the picture. Take the photo closer, straight on and without glare.</source>
        <translation>图片中未找到二维码。请靠近、正对拍摄，避免反光。</translation>
    </message>
    <message>
        <source>The picture cannot be read.</source>
        <translation>无法读取图片。</translation>
    </message>
    <message>
        <source>A code was read, but it holds no enterprise credit code: %1</source>
        <translation>已识别二维码，但不含企业信用代码：%1</translation>
    </message>
    <message>
        <source>Type the enterprise&apos;s 18-character credit code.</source>
        <translation>请输入企业 18 位统一社会信用代码。</translation>
    </message>
</context>
<context>
    <name>EvidenceCaptureButton</name>
    <message>
        <source>Add photo</source>
        <translation>添加照片</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>The evidence could not be read: %1</source>
        <translation>无法读取佐证材料：%1</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Evidence is never changed. To correct or explain a photo, open it and add an annotation.</source>
        <translation>佐证材料不可修改。如需更正或说明照片，请打开后添加批注。</translation>
    </message>
    <message>
        <source>No evidence yet. Photos taken on patrols, inspections and tasks appear here.</source>
        <translation>暂无佐证材料。巡河、检查和任务中拍摄的照片将显示在这里。</translation>
    </message>
    <message>
        <source>Evidence %1</source>
        <translation>佐证材料 %1</translation>
    </message>
</context>
<context>
    <name>EvidenceRecorder</name>
    <message>
        <source>The photo was not saved: the record store is not open.</source>
        <translation>照片未保存：记录库未打开。</translation>
    </message>
    <message>
        <source>Only a file on this device can be added: %1</source>
        <translation>只能添加本设备上的文件：%1</translation>
    </message>
    <message>
        <source>The photo file is gone: %1 was moved or deleted before it could be saved.</source>
        <translation>照片文件已不存在：%1 在保存前被移动或删除。</translation>
    </message>
    <message>
        <source>The photo file cannot be read: %1</source>
        <translation>无法读取照片文件：%1</translation>
    </message>
    <message>
        <source>Enter your name in Settings first: every photo records who took it.</source>
        <translation>请先在“设置”中填写姓名：每张照片都记录拍摄人。</translation>
    </message>
    <message>
        <source>The photo was saved without a position: there is no GNSS fix right now.</source>
        <translation>照片已保存，但无位置：当前无卫星定位。</translation>
    </message>
    <message>
        <source>Choose a photo file first.</source>
        <translation>请先选择照片文件。</translation>
    </message>
    <message>
        <source>The camera gave no picture: take the photo again.</source>
        <translation>相机未返回图片，请重新拍摄。</translation>
    </message>
    <message>
        <source>The photo could not be written to %1: the phone&apos;s storage may be full.</source>
        <translation>照片无法写入 %1：手机存储可能已满。</translation>
    </message>
    <message>
        <source>The annotation was not saved: the record store is not open.</source>
        <translation>批注未保存：记录库未打开。</translation>
    </message>
    <message>
        <source>Write the annotation first.</source>
        <translation>请先填写批注。</translation>
    </message>
    <message>
        <source>The annotation was not saved: that evidence is not on this device.</source>
        <translation>批注未保存：本设备上没有该佐证材料。</translation>
    </message>
    <message>
        <source>The phone&apos;s storage is full: the annotation was not saved. Free some space and try again.</source>
        <translation>手机存储已满，批注未保存。请清理空间后重试。</translation>
    </message>
    <message>
        <source>The annotation was not saved: %1</source>
        <translation>批注未保存：%1</translation>
    </message>
    <message>
        <source>The phone&apos;s storage is full: the photo was not saved and is still at %1. Free some space and try again.</source>
        <translation>手机存储已满，照片未保存，仍在 %1。请清理空间后重试。</translation>
    </message>
    <message>
        <source>The photo was not saved: the record it belongs to is not on this device.</source>
        <translation>照片未保存：所属记录不在本设备上。</translation>
    </message>
    <message>
        <source>The photo was not saved: %1</source>
        <translation>照片未保存：%1</translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <source>Photo %1</source>
        <translation>照片 %1</translation>
    </message>
    <message>
        <source>No photos yet.</source>
        <translation>暂无照片。</translation>
    </message>
</context>
<context>
    <name>EvidenceThumbnail</name>
    <message>
        <source>The file is not on this device</source>
        <translation>文件不在本设备上</translation>
    </message>
    <message>
        <source>The photo cannot be shown</source>
        <translation>无法显示照片</translation>
    </message>
    <message>
        <source>Sound recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>EvidenceViewPage</name>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>This evidence is not on this device.</source>
        <translation>本设备上没有此佐证材料。</translation>
    </message>
    <message>
        <source>The file is not on this device; its record is.</source>
        <translation>文件不在本设备上，仅有其记录。</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>采集时间</translation>
    </message>
    <message>
        <source>No position: there was no GNSS fix when this was taken.</source>
        <translation>无位置：拍摄时无卫星定位。</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>采集人：%1</translation>
    </message>
    <message>
        <source>Supports record %1</source>
        <translation>佐证记录 %1</translation>
    </message>
    <message>
        <source>Not attached to a record</source>
        <translation>未关联记录</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>No annotations yet.</source>
        <translation>暂无批注。</translation>
    </message>
    <message>
        <source>Add annotation</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <source>What should readers of this evidence know?</source>
        <translation>需要向查看者说明什么？</translation>
    </message>
</context>
<context>
    <name>GeoJsonLayer</name>
    <message>
        <source>The map file %1 could not be opened: %2</source>
        <translation>无法打开地图文件 %1：%2</translation>
    </message>
    <message>
        <source>The map file %1 could not be read: %2</source>
        <translation>无法读取地图文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>FieldLedger</source>
        <translation>FieldLedger</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>您好，%1</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>您好</translation>
    </message>
    <message>
        <source>The app was not closed properly last time. The store was checked and nothing was lost.</source>
        <translation>上次未正常退出。已检查数据，未丢失任何内容。</translation>
    </message>
    <message>
        <source>Today: nothing recorded yet</source>
        <translation>今日：暂无记录</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n record(s)</source>
        <translation>
            <numerusform>今日：%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>River patrol</source>
        <translation>巡河</translation>
    </message>
    <message>
        <source>Track, problems, photos</source>
        <translation>轨迹、问题、照片</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>执法检查</translation>
    </message>
    <message>
        <source>Scan the enterprise code</source>
        <translation>扫码入企</translation>
    </message>
    <message>
        <source>Green Shield</source>
        <translation>绿盾</translation>
    </message>
    <message>
        <source>Verify clues on site</source>
        <translation>现场核查线索</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Rectification and follow-up</source>
        <translation>整改与回头看</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Photos and annotations</source>
        <translation>照片与批注</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Send to the office ledger</source>
        <translation>上传至单位台账</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language, coordinates</source>
        <translation>语言、坐标</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Search this device</source>
        <translation>搜索本设备</translation>
    </message>
</context>
<context>
    <name>HomeSyncCard</name>
    <message>
        <source>Waiting to sync</source>
        <translation>待同步</translation>
    </message>
    <message>
        <source>Everything is sent</source>
        <translation>已全部上传</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), %1</source>
        <translation>
            <numerusform>%n 条记录，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
</context>
<context>
    <name>InspectionDraft</name>
    <message>
        <source>inspector %1</source>
        <translation>执法人员 %1</translation>
    </message>
    <message>
        <source>the site representative (or the reason they refuse)</source>
        <translation>现场负责人（或拒签理由）</translation>
    </message>
    <message>
        <source>%1 again: the record changed after they signed</source>
        <translation>%1 重新签名：签名后笔录已修改</translation>
    </message>
    <message>
        <source>Scan the enterprise&apos;s code or type its 18-character credit code first.</source>
        <translation>请先扫描企业二维码或输入 18 位统一社会信用代码。</translation>
    </message>
    <message>
        <source>The offline enterprise directory cannot be read: %1</source>
        <translation>无法读取离线企业名录：%1</translation>
    </message>
    <message>
        <source>This code fails its check: %1. Continue only if you can say why it is accepted (for example an early pilot code), and write the reason down.</source>
        <translation>此代码校验未通过：%1。仅在能说明接受理由（如早期试点代码）时继续，并记录理由。</translation>
    </message>
    <message>
        <source>No record store is open.</source>
        <translation>未打开记录库。</translation>
    </message>
    <message>
        <source>The inspection cannot be opened: %1</source>
        <translation>无法打开检查：%1</translation>
    </message>
    <message>
        <source>Record %1 is not a readable inspection.</source>
        <translation>记录 %1 不是可读取的检查记录。</translation>
    </message>
    <message>
        <source>This on-site record is signed and can no longer be changed. Record a supplementary inspection instead.</source>
        <translation>此现场检查笔录已签名，不可修改。请另行补充检查。</translation>
    </message>
    <message>
        <source>The record cannot be signed yet. Still missing or wrong:</source>
        <translation>笔录暂不能签名，以下内容缺失或有误：</translation>
    </message>
    <message>
        <source>The draft cannot be saved yet. Still missing or wrong:</source>
        <translation>草稿暂不能保存，以下内容缺失或有误：</translation>
    </message>
    <message>
        <source>The record was not saved: %1</source>
        <translation>记录未保存：%1</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>Signatures: the record changed after %1 signed; ask them to sign again</source>
        <translation>签名：%1 签名后笔录已修改，请其重新签名</translation>
    </message>
    <message>
        <source>The on-site record is signed. It can no longer be changed.</source>
        <translation>现场检查笔录已签名，不可修改。</translation>
    </message>
    <message>
        <source>Choose who is signing: an inspector or the site representative.</source>
        <translation>请选择签名人：执法人员或现场负责人。</translation>
    </message>
    <message>
        <source>Write the name of the person signing.</source>
        <translation>请填写签名人姓名。</translation>
    </message>
    <message>
        <source>%1 has not signed on the pad yet.</source>
        <translation>%1 尚未在签名板上签名。</translation>
    </message>
    <message>
        <source>%1 is not listed as an inspector of this inspection.</source>
        <translation>%1 不是本次检查的执法人员。</translation>
    </message>
    <message>
        <source>Signature of inspector %1</source>
        <translation>执法人员 %1 签名</translation>
    </message>
    <message>
        <source>Signature of the site representative %1</source>
        <translation>现场负责人 %1 签名</translation>
    </message>
    <message>
        <source>The signature was not saved: %1</source>
        <translation>签名未保存：%1</translation>
    </message>
    <message>
        <source>Signature of %1 saved.</source>
        <translation>%1 的签名已保存。</translation>
    </message>
    <message>
        <source>The photo could not be linked to the checklist item.</source>
        <translation>照片无法关联到检查条目。</translation>
    </message>
    <message>
        <source>Routine inspection</source>
        <translation>日常检查</translation>
    </message>
    <message>
        <source>Special action</source>
        <translation>专项行动</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>信访投诉</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>移送</translation>
    </message>
    <message>
        <source>Post-permit check</source>
        <translation>证后检查</translation>
    </message>
    <message>
        <source>Found on patrol</source>
        <translation>巡查发现</translation>
    </message>
    <message>
        <source>Random draw</source>
        <translation>双随机抽查</translation>
    </message>
    <message>
        <source>Follow-up check</source>
        <translation>回头看</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from &quot;%1&quot; added to the checklist.</source>
        <translation>
            <numerusform>已从“%1”添加 %n 个条目到检查表。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no checklist template called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的检查表模板。</translation>
    </message>
    <message>
        <source>Inspector %1</source>
        <translation>执法人员 %1</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Checklist item %1</source>
        <translation>检查条目 %1</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>来源编号</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (noted; it does not stop the record)</source>
        <translation>%1（已记录，不影响笔录）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>On-site inspection record (现场检查笔录)</source>
        <translation>现场检查笔录</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation>%1（编号 %2）</translation>
    </message>
    <message>
        <source>Inspection time</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Credit code (USCC)</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Code accepted despite its check because</source>
        <translation>代码校验未通过但予以接受，理由</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>检查来源</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2 (within %3 m)</source>
        <translation>%1, %2（误差 %3 米内）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (certificate %2)</source>
        <translation>%1（执法证号 %2）</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>检查表：</translation>
    </message>
    <message>
        <source>(no items)</source>
        <translation>（无条目）</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2：%3</translation>
    </message>
    <message>
        <source>Standard: %1</source>
        <translation>检查标准：%1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) as evidence</source>
        <translation>
            <numerusform>照片佐证 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>检查情况：</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>Inspector %1, signed %2</source>
        <translation>执法人员 %1，签名时间 %2</translation>
    </message>
    <message>
        <source>Site representative %1, signed %2</source>
        <translation>现场负责人 %1，签名时间 %2</translation>
    </message>
    <message>
        <source>The site representative refused to sign</source>
        <translation>现场负责人拒绝签名</translation>
    </message>
    <message>
        <source>(nobody has signed yet)</source>
        <translation>（尚无人签名）</translation>
    </message>
</context>
<context>
    <name>InspectionEnterpriseCard</name>
    <message>
        <source>Credit code %1 is valid.</source>
        <translation>信用代码 %1 有效。</translation>
    </message>
    <message>
        <source>Credit code %1 fails its check: %2</source>
        <translation>信用代码 %1 校验未通过：%2</translation>
    </message>
    <message>
        <source>Why this code is accepted anyway (required to continue)</source>
        <translation>仍予接受的理由（必填）</translation>
    </message>
    <message>
        <source>For example: early pilot code, checked against the licence</source>
        <translation>例如：早期试点代码，已与营业执照核对</translation>
    </message>
    <message>
        <source>This enterprise is not in the offline directory: type its details.</source>
        <translation>离线名录中无此企业，请填写企业信息。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Reference (draw id or complaint case number, required)</source>
        <translation>来源编号（抽查编号或信访件编号，必填）</translation>
    </message>
    <message>
        <source>Reference (optional)</source>
        <translation>来源编号（选填）</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <source>Task number</source>
        <translation>任务编号</translation>
    </message>
    <message>
        <source>Division code (6 digits, e.g. 650109)</source>
        <translation>行政区划代码（6 位，如 650109）</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>位置：%1</translation>
    </message>
    <message>
        <source>No location yet.</source>
        <translation>暂无位置。</translation>
    </message>
    <message>
        <source>Use current position</source>
        <translation>使用当前位置</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Choose the checklist</source>
        <translation>选择检查表</translation>
    </message>
    <message>
        <source>Checklist: %1 items, %2 open, %3 with a problem</source>
        <translation>检查表：共 %1 项，未检查 %2 项，有问题 %3 项</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查情况</translation>
    </message>
    <message>
        <source>What was found overall, and what the enterprise was told to do</source>
        <translation>总体检查情况及对企业的要求</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Everyone has signed.</source>
        <translation>已全部签名。</translation>
    </message>
    <message>
        <source>Still to sign: %1</source>
        <translation>待签名：%1</translation>
    </message>
    <message>
        <source>Preview the on-site record</source>
        <translation>预览现场检查笔录</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>Sign the record</source>
        <translation>签署笔录</translation>
    </message>
</context>
<context>
    <name>InspectionInspectors</name>
    <message>
        <source>An inspection needs at least two inspectors.</source>
        <translation>检查须至少两名执法人员。</translation>
    </message>
    <message>
        <source>Inspector %1</source>
        <translation>执法人员 %1</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Remove inspector %1</source>
        <translation>移除执法人员 %1</translation>
    </message>
    <message>
        <source>Add an inspector</source>
        <translation>添加执法人员</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>Inspection</source>
        <translation>执法检查</translation>
    </message>
    <message>
        <source>Enterprise code</source>
        <translation>企业代码</translation>
    </message>
    <message>
        <source>Scan the code at the gate</source>
        <translation>在企业门口扫码</translation>
    </message>
    <message>
        <source>Choose a QR image</source>
        <translation>选择二维码图片</translation>
    </message>
    <message>
        <source>Or type the 18-character credit code</source>
        <translation>或输入 18 位统一社会信用代码</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Start another inspection?</source>
        <translation>开始新的检查？</translation>
    </message>
    <message>
        <source>The inspection of %1 is not signed. Changes since its last save are lost if you start the inspection of %2 now.</source>
        <translation>对 %1 的检查尚未签名。现在开始检查 %2，上次保存后的修改将丢失。</translation>
    </message>
    <message>
        <source>Keep the current one</source>
        <translation>保留当前检查</translation>
    </message>
    <message>
        <source>Start the new one</source>
        <translation>开始新检查</translation>
    </message>
    <message>
        <source>Choose a photo of the enterprise&apos;s QR code</source>
        <translation>选择企业二维码照片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>FieldLedger</source>
        <translation>FieldLedger</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Centre the map on my position</source>
        <translation>地图定位到我的位置</translation>
    </message>
</context>
<context>
    <name>MapPaneScaleBar</name>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
</context>
<context>
    <name>MbtilesLayer</name>
    <message>
        <source>The basemap file %1 was not found.</source>
        <translation>未找到底图文件 %1。</translation>
    </message>
    <message>
        <source>The basemap file %1 could not be opened: %2</source>
        <translation>无法打开底图文件 %1：%2</translation>
    </message>
    <message>
        <source>it has no tiles</source>
        <translation>无瓦片数据</translation>
    </message>
    <message>
        <source>The basemap file %1 is not a usable MBTiles file: %2</source>
        <translation>底图文件 %1 不是可用的 MBTiles 文件：%2</translation>
    </message>
    <message>
        <source>The basemap file %1 could not be read: %2</source>
        <translation>无法读取底图文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>NavigationArrow</name>
    <message>
        <source>Clue direction %1°, distance %2</source>
        <translation>线索方向 %1°，距离 %2</translation>
    </message>
    <message>
        <source>Direction to the clue unknown</source>
        <translation>线索方向未知</translation>
    </message>
    <message>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <source>Waiting for a position fix</source>
        <translation>等待定位</translation>
    </message>
</context>
<context>
    <name>PatrolNames</name>
    <message>
        <source>Illegal occupation of river land</source>
        <translation>乱占</translation>
    </message>
    <message>
        <source>Illegal sand mining or digging</source>
        <translation>乱采</translation>
    </message>
    <message>
        <source>Illegal dumping</source>
        <translation>乱堆</translation>
    </message>
    <message>
        <source>Illegal construction</source>
        <translation>乱建</translation>
    </message>
    <message>
        <source>Water smells or looks wrong</source>
        <translation>水体异味或异色</translation>
    </message>
    <message>
        <source>Floating debris, oil or dead fish</source>
        <translation>漂浮物、油污或死鱼</translation>
    </message>
    <message>
        <source>Fish farming nets</source>
        <translation>网箱养殖</translation>
    </message>
    <message>
        <source>Sewage outfall</source>
        <translation>入河排污口</translation>
    </message>
    <message>
        <source>Garbage on the bank</source>
        <translation>岸边垃圾</translation>
    </message>
    <message>
        <source>Illegal fishing</source>
        <translation>非法捕捞</translation>
    </message>
    <message>
        <source>Damaged river chief sign board</source>
        <translation>河长公示牌损坏</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <source>Waiting to be handled</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Cleared on the spot</source>
        <translation>立查立清</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>Province chief</source>
        <translation>省级河长</translation>
    </message>
    <message>
        <source>Prefecture chief</source>
        <translation>地州级河长</translation>
    </message>
    <message>
        <source>County chief</source>
        <translation>县级河长</translation>
    </message>
    <message>
        <source>Township chief</source>
        <translation>乡级河长</translation>
    </message>
    <message>
        <source>Village chief</source>
        <translation>村级河长</translation>
    </message>
</context>
<context>
    <name>PatrolPage</name>
    <message>
        <source>River patrol</source>
        <translation>巡河</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Today&apos;s patrol was not finished, so it is back here, paused. Resume it or stop it.</source>
        <translation>今日巡河未结束，已恢复为暂停状态。请继续或结束巡河。</translation>
    </message>
    <message>
        <source>New patrol</source>
        <translation>新建巡河</translation>
    </message>
    <message>
        <source>River or lake</source>
        <translation>河湖名称</translation>
    </message>
    <message>
        <source>For example: Urumqi River</source>
        <translation>例如：乌鲁木齐河</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>河段</translation>
    </message>
    <message>
        <source>For example: Hongyanchi bridge to Liudaowan</source>
        <translation>例如：红雁池大桥至六道湾</translation>
    </message>
    <message>
        <source>Division code (6 digits)</source>
        <translation>行政区划代码（6 位）</translation>
    </message>
    <message>
        <source>Your level as river chief</source>
        <translation>河长级别</translation>
    </message>
    <message>
        <source>Start patrol</source>
        <translation>开始巡河</translation>
    </message>
    <message>
        <source>Paused: the track is not recorded</source>
        <translation>已暂停：不记录轨迹</translation>
    </message>
    <message>
        <source>Recording the track</source>
        <translation>正在记录轨迹</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时长</translation>
    </message>
    <message numerus="yes">
        <source>%n track point(s) recorded</source>
        <translation>
            <numerusform>已记录轨迹点 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n poor fix(es) left out</source>
        <translation>
            <numerusform>已剔除低精度定位 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Stop and finish</source>
        <translation>结束巡河</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>上报问题</translation>
    </message>
    <message>
        <source>Problems found (%1)</source>
        <translation>发现问题（%1）</translation>
    </message>
    <message>
        <source>No problems reported yet</source>
        <translation>暂未上报问题</translation>
    </message>
    <message>
        <source>Show the patrol summary</source>
        <translation>查看巡河小结</translation>
    </message>
    <message>
        <source>Tap again to finish</source>
        <translation>再点一次结束巡河</translation>
    </message>
</context>
<context>
    <name>PatrolProblemDelegate</name>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n photo(s)</source>
        <translation>
            <numerusform>%1 · 照片 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>Update handling</source>
        <translation>更新处理情况</translation>
    </message>
</context>
<context>
    <name>PatrolProblemPage</name>
    <message>
        <source>Update the problem</source>
        <translation>更新问题</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>上报问题</translation>
    </message>
    <message>
        <source>Enter the amount cleared as a number, for example 1.5.</source>
        <translation>清理量请填写数字，如 1.5。</translation>
    </message>
    <message>
        <source>What did you find?</source>
        <translation>发现了什么问题？</translation>
    </message>
    <message>
        <source>Describe what you see, where exactly, and how big it is</source>
        <translation>描述问题情况、具体位置和规模</translation>
    </message>
    <message>
        <source>How was it handled?</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Amount cleared (optional)</source>
        <translation>清理量（选填）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>t</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>Referred to (unit or department)</source>
        <translation>移交单位或部门</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>No position yet: stay under open sky until there is a fix.</source>
        <translation>暂无位置：请在开阔处等待定位。</translation>
    </message>
    <message>
        <source>No current fix: the problem is placed at the last track point, %1.</source>
        <translation>当前无定位：问题位置取最后一个轨迹点 %1。</translation>
    </message>
    <message>
        <source>Here: %1 (%2)</source>
        <translation>当前位置：%1（%2）</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Save the handling</source>
        <translation>保存处理情况</translation>
    </message>
    <message>
        <source>Save the problem</source>
        <translation>保存问题</translation>
    </message>
</context>
<context>
    <name>PatrolSession</name>
    <message>
        <source>A patrol is already running: finish it before starting another.</source>
        <translation>已有巡河正在进行，请先结束。</translation>
    </message>
    <message>
        <source>Enter the river or lake you are patrolling.</source>
        <translation>请填写巡查的河湖名称。</translation>
    </message>
    <message>
        <source>The division code must be six digits, for example 650102.</source>
        <translation>行政区划代码须为 6 位数字，如 650102。</translation>
    </message>
    <message>
        <source>Enter your name in Settings first: every patrol is signed with it.</source>
        <translation>请先在“设置”中填写姓名：每次巡河都需署名。</translation>
    </message>
    <message>
        <source>Start a patrol first: problems are reported on a patrol.</source>
        <translation>请先开始巡河：问题须在巡河中上报。</translation>
    </message>
    <message>
        <source>Describe the problem: &quot;Other problem&quot; needs a description.</source>
        <translation>请描述问题：“其他问题”须填写描述。</translation>
    </message>
    <message>
        <source>Give the unit of the amount cleared, for example t or m³.</source>
        <translation>请填写清理量单位，如 吨 或 立方米。</translation>
    </message>
    <message>
        <source>Say which unit the problem was referred to.</source>
        <translation>请填写问题移交的单位。</translation>
    </message>
    <message>
        <source>No position yet, so the problem cannot be placed. Stay under open sky until there is a fix and save again: nothing you entered is lost.</source>
        <translation>暂无定位，无法确定问题位置。请在开阔处等待定位后重新保存，已填内容不会丢失。</translation>
    </message>
    <message>
        <source>That problem is not on this patrol.</source>
        <translation>该问题不属于本次巡河。</translation>
    </message>
    <message numerus="yes">
        <source>The phone&apos;s storage is full: %n position fixes are waiting in memory and are saved as soon as there is space. Sync, or delete old files, to free some space.</source>
        <translation>
            <numerusform>手机存储已满：%n 个定位点暂存在内存中，有空间后自动保存。请同步或删除旧文件以释放空间。</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone&apos;s storage is full, so this could not be saved. Nothing you entered is lost: free some space and try again.</source>
        <translation>手机存储已满，无法保存。已填内容不会丢失，请清理空间后重试。</translation>
    </message>
    <message>
        <source>This could not be saved: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>PatrolSummaryPage</name>
    <message>
        <source>Patrol summary</source>
        <translation>巡河小结</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>This patrol meets the local patrol rules.</source>
        <translation>本次巡河符合当地巡河要求。</translation>
    </message>
    <message>
        <source>This patrol does not meet the local patrol rules:</source>
        <translation>本次巡河不符合当地巡河要求：</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Time on the track</source>
        <translation>轨迹时长</translation>
    </message>
    <message>
        <source>Track points kept</source>
        <translation>保留轨迹点</translation>
    </message>
    <message>
        <source>Poor fixes left out</source>
        <translation>剔除低精度定位</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>PositionFeed</name>
    <message>
        <source>Looking for satellites…</source>
        <translation>正在搜索卫星…</translation>
    </message>
    <message>
        <source>Signal lost: the last fix is more than 15 seconds old</source>
        <translation>信号丢失：最后一次定位已超过 15 秒</translation>
    </message>
    <message>
        <source>No fix yet: stay under open sky</source>
        <translation>暂无定位：请在开阔处等待</translation>
    </message>
    <message>
        <source>Location permission refused: allow it in the phone&apos;s settings to record tracks and place records</source>
        <translation>定位权限被拒绝：请在手机设置中允许，以记录轨迹和记录位置</translation>
    </message>
    <message>
        <source>This device has no positioning: records are saved without a position</source>
        <translation>本设备无定位功能：记录将不含位置</translation>
    </message>
    <message>
        <source>Positioning stopped working: restart the app if it does not come back</source>
        <translation>定位已停止工作：如未恢复请重启应用</translation>
    </message>
    <message>
        <source>Good fix</source>
        <translation>定位良好</translation>
    </message>
    <message>
        <source>Fair fix</source>
        <translation>定位一般</translation>
    </message>
    <message>
        <source>Poor fix: positions may be off by more than 30 m</source>
        <translation>定位较差：位置偏差可能超过 30 米</translation>
    </message>
    <message>
        <source>No fix</source>
        <translation>无定位</translation>
    </message>
    <message>
        <source> ±%1 m</source>
        <translation> ±%1 米</translation>
    </message>
    <message>
        <source>Poor fix</source>
        <translation>定位较差</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>River patrol</source>
        <translation>巡河</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>执法检查</translation>
    </message>
    <message>
        <source>Green Shield clue</source>
        <translation>绿盾线索</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Rectification task</source>
        <translation>整改任务</translation>
    </message>
    <message>
        <source>Complaint case</source>
        <translation>信访件</translation>
    </message>
</context>
<context>
    <name>RecordPreviewPage</name>
    <message>
        <source>On-site record</source>
        <translation>现场检查笔录</translation>
    </message>
    <message>
        <source>Signed. This record can no longer be changed.</source>
        <translation>已签名，不可修改。</translation>
    </message>
    <message>
        <source>Draft: read it through with the enterprise before signing.</source>
        <translation>草稿：签名前请与企业逐项核对。</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Search by name, place or status</source>
        <translation>按名称、地点或状态搜索</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) loaded, more while scrolling</source>
        <translation>
            <numerusform>已加载 %n 条记录，滚动加载更多</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusalModel</name>
    <message>
        <source>The list of refused changes could not be read: %1</source>
        <translation>无法读取被拒收修改列表：%1</translation>
    </message>
    <message>
        <source>The change could not be queued again: %1</source>
        <translation>无法重新加入发送队列：%1</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Scan the enterprise code</source>
        <translation>扫码入企</translation>
    </message>
    <message>
        <source>Hold the enterprise&apos;s QR code inside the frame. It is read automatically.</source>
        <translation>将企业二维码置于框内，自动识别。</translation>
    </message>
    <message>
        <source>No camera on this device: choose a photo of the code instead.</source>
        <translation>本设备无相机，请选择二维码照片。</translation>
    </message>
    <message>
        <source>Choose a photo of the code</source>
        <translation>选择二维码照片</translation>
    </message>
    <message>
        <source>Choose a photo of the enterprise&apos;s QR code</source>
        <translation>选择企业二维码照片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>WGS-84 (GNSS, as stored)</source>
        <translation>WGS-84（卫星定位，存储格式）</translation>
    </message>
    <message>
        <source>GCJ-02 (as Chinese web maps show them)</source>
        <translation>GCJ-02（国内网络地图显示）</translation>
    </message>
    <message>
        <source>Records always keep WGS-84; only the display changes.</source>
        <translation>记录始终以 WGS-84 保存，仅改变显示。</translation>
    </message>
    <message>
        <source>Here: %1</source>
        <translation>当前位置：%1</translation>
    </message>
    <message>
        <source>Office ledger</source>
        <translation>单位台账</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Records and evidence on this device: %1</source>
        <translation>本设备上的记录和佐证材料：%1</translation>
    </message>
    <message>
        <source>Store folder: %1</source>
        <translation>存储目录：%1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
</context>
<context>
    <name>SignaturePage</name>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Still to sign</source>
        <translation>待签名</translation>
    </message>
    <message>
        <source>Everyone has signed.</source>
        <translation>已全部签名。</translation>
    </message>
    <message>
        <source>Who signs now</source>
        <translation>当前签名人</translation>
    </message>
    <message>
        <source>Site representative</source>
        <translation>现场负责人</translation>
    </message>
    <message>
        <source>Name of the site representative</source>
        <translation>现场负责人姓名</translation>
    </message>
    <message>
        <source>Sign here with a finger or a pen</source>
        <translation>请用手指或笔在此签名</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Save signature</source>
        <translation>保存签名</translation>
    </message>
    <message>
        <source>If the site representative refuses to sign</source>
        <translation>现场负责人拒绝签名时</translation>
    </message>
    <message>
        <source>Why they refuse, in their words</source>
        <translation>拒签理由（按其原话记录）</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>Inspector %1</source>
        <translation>执法人员 %1</translation>
    </message>
    <message>
        <source>Site representative %1</source>
        <translation>现场负责人 %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <source>%1 of %2 B</source>
        <translation>%1 / %2 B</translation>
    </message>
    <message>
        <source>Wait until the sync running now has finished, then enrol.</source>
        <translation>请等待当前同步完成后再注册。</translation>
    </message>
    <message>
        <source>Type the ledger&apos;s address as the office gave it, like https://ledger.example.org.</source>
        <translation>请按单位提供的格式输入台账地址，如 https://ledger.example.org。</translation>
    </message>
    <message>
        <source>Type the enrolment code from the office, like K7QX-M2PA-9RTD.</source>
        <translation>请输入单位提供的注册码，如 K7QX-M2PA-9RTD。</translation>
    </message>
    <message>
        <source>Phone of %1</source>
        <translation>%1 的手机</translation>
    </message>
    <message>
        <source>The ledger at %1 could not be reached: check the address and that this phone has a network, then try again.</source>
        <translation>无法连接 %1 的台账：请检查地址和手机网络后重试。</translation>
    </message>
    <message>
        <source>This is not a FieldLedger enrolment code. Scan the QR code the office printed for your enrolment, or type the server and code.</source>
        <translation>这不是 FieldLedger 注册码。请扫描单位打印的注册二维码，或输入服务器地址和注册码。</translation>
    </message>
    <message>
        <source>%1 of %2 records, %3 of %4 photos and files, %5</source>
        <translation>记录 %1/%2 条，照片和文件 %3/%4 个，%5</translation>
    </message>
    <message>
        <source>%1 of %2 records, %3</source>
        <translation>记录 %1/%2 条，%3</translation>
    </message>
    <message>
        <source>Nothing waits to be sent: the office ledger has all your records.</source>
        <translation>无待上传内容：单位台账已有您的全部记录。</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1 changes, %2 photos or files, %3 in all.</source>
        <translation>待上传：修改 %1 条，照片或文件 %2 个，共 %3。</translation>
    </message>
    <message>
        <source>This phone has not synced yet.</source>
        <translation>本手机尚未同步。</translation>
    </message>
    <message>
        <source>Synced: %1 records sent, %2 received. Changes the office ledger refused: %3 (see below what to do).</source>
        <translation>已同步：上传 %1 条，接收 %2 条。单位台账拒收修改 %3 条（处理方法见下方）。</translation>
    </message>
    <message>
        <source>Synced: nothing new to send or receive.</source>
        <translation>已同步：无新内容。</translation>
    </message>
    <message>
        <source>Synced: %1 records sent, %2 received</source>
        <translation>已同步：上传 %1 条，接收 %2 条</translation>
    </message>
</context>
<context>
    <name>SyncEnrolForm</name>
    <message>
        <source>Ledger address</source>
        <translation>台账地址</translation>
    </message>
    <message>
        <source>https://ledger.example.org</source>
        <translation>https://ledger.example.org</translation>
    </message>
    <message>
        <source>Enrolment code from the office</source>
        <translation>单位提供的注册码</translation>
    </message>
    <message>
        <source>K7QX-M2PA-9RTD</source>
        <translation>K7QX-M2PA-9RTD</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>正在注册…</translation>
    </message>
    <message>
        <source>Enrol this phone</source>
        <translation>注册本手机</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Choose a photo of the enrolment QR code</source>
        <translation>选择注册二维码照片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>This phone</source>
        <translation>本手机</translation>
    </message>
    <message>
        <source>Enrolled as %1, %2</source>
        <translation>已注册为 %1，%2</translation>
    </message>
    <message>
        <source>Office ledger: %1</source>
        <translation>单位台账：%1</translation>
    </message>
    <message>
        <source>Enrol this phone again</source>
        <translation>重新注册本手机</translation>
    </message>
    <message>
        <source>Enrol this phone</source>
        <translation>注册本手机</translation>
    </message>
    <message>
        <source>Scan the enrolment QR code the office gave you, or type the ledger&apos;s address and the code.</source>
        <translation>请扫描单位提供的注册二维码，或输入台账地址和注册码。</translation>
    </message>
    <message>
        <source>Read the enrolment QR code from a photo</source>
        <translation>从照片识别注册二维码</translation>
    </message>
    <message>
        <source>Waiting on this phone</source>
        <translation>本手机待上传</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>停止同步</translation>
    </message>
    <message>
        <source>Sync by itself when a network appears</source>
        <translation>有网络时自动同步</translation>
    </message>
    <message>
        <source>Not accepted by the office ledger</source>
        <translation>单位台账未接收</translation>
    </message>
</context>
<context>
    <name>SyncRefusalRow</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>The ledger could not be reached; your records are safe on this phone and will be sent next time</source>
        <translation>无法连接台账，记录已安全保存在本手机，下次再上传</translation>
    </message>
    <message>
        <source>The office ledger has a problem and could not take your records now; they are safe on this phone and will be sent next time.</source>
        <translation>单位台账出现故障，暂时无法接收记录；记录已安全保存在本手机，下次再上传。</translation>
    </message>
    <message>
        <source>Sync was stopped. What was not sent stays on this phone for next time.</source>
        <translation>同步已停止。未上传的内容保留在本手机，下次再上传。</translation>
    </message>
    <message>
        <source>This phone is not enrolled yet: enter the code from the office or scan its QR code first.</source>
        <translation>本手机尚未注册：请先输入单位提供的注册码或扫描其二维码。</translation>
    </message>
    <message>
        <source>This phone&apos;s access to the ledger has expired: ask the office for a new code and enrol again. Your records are safe on this phone.</source>
        <translation>本手机的台账访问权限已过期：请向单位申请新注册码并重新注册。记录已安全保存在本手机。</translation>
    </message>
    <message>
        <source>Your enrolment was revoked by the office: ask for a new code. Your records are safe on this phone.</source>
        <translation>单位已撤销您的注册：请申请新注册码。记录已安全保存在本手机。</translation>
    </message>
    <message>
        <source>The ledger does not recognise this phone: ask the office for a new code and enrol again. Your records are safe on this phone.</source>
        <translation>台账无法识别本手机：请向单位申请新注册码并重新注册。记录已安全保存在本手机。</translation>
    </message>
    <message>
        <source>The ledger does not know this enrolment code: check it and type it again, or ask the office for a new one.</source>
        <translation>台账无此注册码：请核对后重新输入，或向单位申请新注册码。</translation>
    </message>
    <message>
        <source>This enrolment code was already used on another phone: ask the office for a new one.</source>
        <translation>此注册码已在其他手机上使用：请向单位申请新注册码。</translation>
    </message>
    <message>
        <source>This enrolment code has expired: ask the office for a new one.</source>
        <translation>此注册码已过期：请向单位申请新注册码。</translation>
    </message>
    <message>
        <source>The ledger knows this phone with another key: ask the office to revoke the old enrolment of this phone, then enrol again.</source>
        <translation>台账中本手机的密钥不一致：请单位撤销本手机的旧注册后重新注册。</translation>
    </message>
    <message>
        <source>This phone is enrolled for another person: ask the office to revoke that enrolment first.</source>
        <translation>本手机已为他人注册：请单位先撤销该注册。</translation>
    </message>
    <message>
        <source>Your role does not allow this: ask the office.</source>
        <translation>您的角色无此权限：请联系单位。</translation>
    </message>
    <message>
        <source>The ledger uses another version of the sync protocol: update this app. Your records are safe on this phone.</source>
        <translation>台账同步协议版本不同：请更新本应用。记录已安全保存在本手机。</translation>
    </message>
    <message>
        <source>The server at this address is not a FieldLedger ledger: check the server address. Your records are safe on this phone.</source>
        <translation>此地址的服务器不是 FieldLedger 台账：请检查服务器地址。记录已安全保存在本手机。</translation>
    </message>
    <message>
        <source>A file or a batch of records was too large for the ledger: tell the office. Your records are safe on this phone.</source>
        <translation>文件或批量记录过大，台账无法接收：请告知单位。记录已安全保存在本手机。</translation>
    </message>
    <message>
        <source>A photo or file did not arrive intact at the ledger; it will be sent again next time. Your records are safe on this phone.</source>
        <translation>照片或文件未完整送达台账，下次将重新上传。记录已安全保存在本手机。</translation>
    </message>
    <message>
        <source>The ledger did not understand this phone&apos;s request: update this app or tell the office. Your records are safe on this phone.</source>
        <translation>台账无法识别本手机的请求：请更新本应用或告知单位。记录已安全保存在本手机。</translation>
    </message>
    <message>
        <source>Sync stopped because of a problem on this phone: %1. Your records are kept.</source>
        <translation>本手机出现问题，同步已停止：%1。记录已保留。</translation>
    </message>
    <message>
        <source>Sync stopped (%1): %2. Your records are safe on this phone.</source>
        <translation>同步已停止（%1）：%2。记录已安全保存在本手机。</translation>
    </message>
    <message>
        <source>The office ledger found a problem in this record: %1. Open the record, correct it and sync again.</source>
        <translation>单位台账发现此记录有问题：%1。请打开记录更正后重新同步。</translation>
    </message>
    <message>
        <source>An earlier change to this record did not reach the ledger, so this one cannot follow it (%1). Resolve the earlier problem in this list first, then tap Retry.</source>
        <translation>此记录的上一次修改未送达台账，本次修改无法接续（%1）。请先处理列表中的上一个问题，再点“重试”。</translation>
    </message>
    <message>
        <source>Someone else changed this record at the same time (%1). Sync to get their version, check the record, then tap Retry.</source>
        <translation>他人同时修改了此记录（%1）。请同步获取其版本，核对记录后点“重试”。</translation>
    </message>
    <message>
        <source>Your role or your area does not cover this record, so the office ledger did not take it (%1). Check the record&apos;s area, or ask the office to extend yours, then tap Retry.</source>
        <translation>此记录超出您的角色或辖区范围，单位台账未接收（%1）。请检查记录所属区域，或请单位扩大您的辖区，再点“重试”。</translation>
    </message>
    <message>
        <source>The photo or file of this evidence did not reach the ledger: %1. Check that the file is still on this phone, then tap Retry.</source>
        <translation>此佐证材料的照片或文件未送达台账：%1。请确认文件仍在本手机上，再点“重试”。</translation>
    </message>
    <message>
        <source>The ledger does not have the record this change belongs to yet (%1). Retry after the record itself was sent.</source>
        <translation>台账中尚无此修改所属的记录（%1）。请在该记录上传后重试。</translation>
    </message>
    <message>
        <source>The ledger could not confirm this change came from this phone (%1). Enrol again with a new code from the office, then tap Retry.</source>
        <translation>台账无法确认此修改来自本手机（%1）。请用单位提供的新注册码重新注册，再点“重试”。</translation>
    </message>
    <message>
        <source>The ledger already holds a different change under the same number (%1). Do not delete anything; tell the office.</source>
        <translation>台账中同一编号下已有不同的修改（%1）。请勿删除任何内容，并告知单位。</translation>
    </message>
    <message>
        <source>The ledger could not read this change (%1). Update this app, then tap Retry.</source>
        <translation>台账无法读取此修改（%1）。请更新本应用后点“重试”。</translation>
    </message>
    <message>
        <source>The office ledger did not accept this change: %1. Tap Retry to send it again, or ask the office.</source>
        <translation>单位台账未接收此修改：%1。点“重试”重新上传，或联系单位。</translation>
    </message>
    <message>
        <source>Connecting to the ledger</source>
        <translation>正在连接台账</translation>
    </message>
    <message>
        <source>Sending photos and files</source>
        <translation>正在上传照片和文件</translation>
    </message>
    <message>
        <source>Sending records</source>
        <translation>正在上传记录</translation>
    </message>
    <message>
        <source>Receiving from the office</source>
        <translation>正在接收单位数据</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>River patrol</source>
        <translation>巡河</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>执法检查</translation>
    </message>
    <message>
        <source>Green Shield clue</source>
        <translation>绿盾线索</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Rectification task</source>
        <translation>整改任务</translation>
    </message>
    <message>
        <source>Complaint case</source>
        <translation>信访件</translation>
    </message>
    <message>
        <source>River chief</source>
        <translation>河长</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Green Shield supervisor</source>
        <translation>绿盾监督人员</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>The task cannot be shown: the record store is not open.</source>
        <translation>无法显示任务：记录库未打开。</translation>
    </message>
    <message>
        <source>This task is not on this device. Sync to receive it.</source>
        <translation>本设备上没有此任务，请同步接收。</translation>
    </message>
    <message>
        <source>This task was withdrawn by the office.</source>
        <translation>此任务已被单位撤回。</translation>
    </message>
    <message>
        <source>This task cannot be read: %1</source>
        <translation>无法读取此任务：%1</translation>
    </message>
    <message>
        <source>Open a task first.</source>
        <translation>请先打开任务。</translation>
    </message>
    <message>
        <source>The task is now in progress.</source>
        <translation>任务已开始整改。</translation>
    </message>
    <message>
        <source>Describe the measures taken before submitting the task.</source>
        <translation>提交前请填写已采取的整改措施。</translation>
    </message>
    <message>
        <source>Add at least one photo of the rectified site before submitting the task.</source>
        <translation>提交前请至少添加一张整改后现场的照片。</translation>
    </message>
    <message>
        <source>The task was submitted for close-out.</source>
        <translation>任务已提交销号。</translation>
    </message>
    <message>
        <source>A follow-up check is for a closed-out task; this task was never closed out.</source>
        <translation>回头看仅适用于已销号任务，此任务尚未销号。</translation>
    </message>
    <message>
        <source>Write what you found: the follow-up check failed.</source>
        <translation>回头看未通过，请填写发现的情况。</translation>
    </message>
    <message>
        <source>Enter your name in Settings first: every check records who made it.</source>
        <translation>请先在“设置”中填写姓名：每次检查都记录检查人。</translation>
    </message>
    <message>
        <source>The follow-up check passed and was saved.</source>
        <translation>回头看已通过并保存。</translation>
    </message>
    <message>
        <source>The follow-up check failed: the task is reopened.</source>
        <translation>回头看未通过：任务已重新打开。</translation>
    </message>
    <message>
        <source>The task was not saved: the record store is not open.</source>
        <translation>任务未保存：记录库未打开。</translation>
    </message>
    <message>
        <source>This task was withdrawn by the office; your change was not saved.</source>
        <translation>此任务已被单位撤回，您的修改未保存。</translation>
    </message>
    <message>
        <source>This task changed since you opened it; reload it and enter your change again.</source>
        <translation>您打开后此任务已被修改，请重新加载后再次填写。</translation>
    </message>
    <message>
        <source>The phone&apos;s storage is full: the task was not saved. Free some space and try again.</source>
        <translation>手机存储已满，任务未保存。请清理空间后重试。</translation>
    </message>
    <message>
        <source>The task was not saved: %1</source>
        <translation>任务未保存：%1</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>无法读取任务：%1</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已交办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Submitted for close-out</source>
        <translation>已提交销号</translation>
    </message>
    <message>
        <source>Closed out</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Reload the task</source>
        <translation>重新加载任务</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>问题情况</translation>
    </message>
    <message>
        <source>Overdue: the deadline was %1</source>
        <translation>已逾期：整改时限为 %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>整改时限：%1</translation>
    </message>
    <message>
        <source>Responsible: %1 %2</source>
        <translation>责任人：%1 %2</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>交办给 %1</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Measures taken to fix the problem</source>
        <translation>已采取的整改措施</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <source>Submit for close-out</source>
        <translation>提交销号</translation>
    </message>
    <message>
        <source>Follow-up checks</source>
        <translation>回头看</translation>
    </message>
    <message>
        <source>%1, %2: passed</source>
        <translation>%1，%2：通过</translation>
    </message>
    <message>
        <source>%1, %2: failed, the problem came back</source>
        <translation>%1，%2：未通过，问题反弹</translation>
    </message>
    <message>
        <source>The problem has not come back</source>
        <translation>问题未反弹</translation>
    </message>
    <message>
        <source>The problem came back</source>
        <translation>问题反弹</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>What did you find?</source>
        <translation>发现了什么情况？</translation>
    </message>
    <message>
        <source>Save the follow-up check</source>
        <translation>保存回头看结果</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Show closed-out tasks</source>
        <translation>显示已销号任务</translation>
    </message>
    <message>
        <source>Show tasks of other people on this device</source>
        <translation>显示本设备上其他人的任务</translation>
    </message>
    <message>
        <source>No tasks assigned to you. New tasks arrive with the next sync.</source>
        <translation>暂无分配给您的任务。新任务将在下次同步时下发。</translation>
    </message>
    <message>
        <source>Overdue: the deadline was %1</source>
        <translation>已逾期：整改时限为 %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>整改时限：%1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>责任人：%1</translation>
    </message>
    <message>
        <source>Follow-up checks: %1</source>
        <translation>回头看：%1</translation>
    </message>
</context>
</TS>
