<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApiConnection</name>
    <message>
        <source>The answer to %1 is not what the API documents: %2</source>
        <translation>%1 的响应不符合 API 文档：%2</translation>
    </message>
    <message>
        <source>No credentials: log in first.</source>
        <translation>没有凭证：请先登录。</translation>
    </message>
</context>
<context>
    <name>ApiTransport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM or DER certificate.</source>
        <translation>%1 中没有 PEM 或 DER 格式的证书。</translation>
    </message>
</context>
<context>
    <name>BatchUpdateJob</name>
    <message>
        <source>Not sent: cancelled</source>
        <translation>未发送：已取消</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm labels</source>
        <translation>确认标签</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Relabeled to it</source>
        <translation>改标为此标签</translation>
    </message>
    <message>
        <source>Rejected (to unlabeled)</source>
        <translation>已拒绝（退回未标注）</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Why the service refused it</source>
        <translation>服务拒绝的原因</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) confirmed.</source>
        <translation>
            <numerusform>已确认 %n 个样本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: what was not sent stays decided.</source>
        <translation>已取消：未发送的样本保留已做的决定。</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>再次发送(&amp;S)</translation>
    </message>
    <message>
        <source>Nothing is decided yet.</source>
        <translation>还没有做出任何决定。</translation>
    </message>
    <message numerus="yes">
        <source>%n decided sample(s) will be sent to ModelArts as confirmed labels.</source>
        <translation>
            <numerusform>将把 %n 个已决定的样本作为确认标签发送到 ModelArts。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>The service could not be reached (%1).</source>
        <translation>无法连接到服务（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) were confirmed before that.</source>
        <translation>
            <numerusform>在此之前已确认 %n 个样本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were not sent: they stay decided and go by themselves when the service answers again, or now with Send again.</source>
        <translation>
            <numerusform>%n 个未发送：它们保持已决定状态，服务恢复响应后会自动发送，也可以点“再次发送”立即发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the service: they stay decided; correct them or send again.</source>
        <translation>
            <numerusform>%n 个被服务拒绝：它们保持已决定状态；请修改后再次发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Spot-check of %1: the machine&apos;s labels are %2 right; %3.</source>
        <translation>抽检（%1）：机器标注的正确率为 %2；%3。</translation>
    </message>
    <message>
        <source>%v of %m answered by the service</source>
        <translation>服务已答复 %v / %m</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>ConfusionTableModel</name>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>%1–%2 % right (%3 checked)</source>
        <translation>%1–%2 % 正确（已核对 %3 个）</translation>
    </message>
    <message>
        <source>%1 of the %2 decided samples the machine labeled %3 were accepted. Click to show them.</source>
        <translation>机器标为 %3 且已决定的 %2 个样本中，%1 个被接受。点击显示它们。</translation>
    </message>
    <message>
        <source>%1 of the %2 decided samples the machine labeled %3 were rejected. Click to show them.</source>
        <translation>机器标为 %3 且已决定的 %2 个样本中，%1 个被驳回。点击显示它们。</translation>
    </message>
    <message>
        <source>%1 of the %2 decided samples the machine labeled %3 were relabeled to %4. Click to show them.</source>
        <translation>机器标为 %3 且已决定的 %2 个样本中，%1 个被改标为 %4。点击显示它们。</translation>
    </message>
    <message>
        <source>Machine label</source>
        <translation>机器标签</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Spot-check (95 %)</source>
        <translation>抽检（95 %）</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>Relabel look-alikes…</source>
        <translation>改标相似样本…</translation>
    </message>
    <message>
        <source>Confusions</source>
        <translation>混淆</translation>
    </message>
    <message>
        <source>Choose a &quot;→ label&quot; cell: the undecided samples of its machine label that look more like the ones you relabeled than like the others you decided are proposed, to relabel in one step</source>
        <translation>选择一个“→ 标签”单元格：该机器标签下尚未决定、且更像您改标的样本而不像您以其他方式决定的样本的，会被提议一步改标</translation>
    </message>
    <message>
        <source>No decisions yet. As you accept, relabel and reject, each label the machine gave gets a row here, with what you decided of its samples.</source>
        <translation>还没有决定。随着您接受、改标和驳回，机器给出的每个标签会在这里占一行，显示您对其样本的决定。</translation>
    </message>
    <message>
        <source>What the machine labeled (rows) against what you decided (columns), in this review: the labels changed most first when the view opened, new ones added at the end. Click a cell to show its samples in the grid.</source>
        <translation>本次审核中机器的标签（行）对照您的决定（列）：打开视图时改动最多的标签在前，新出现的添在末尾。点击单元格即在网格中显示其样本。</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <source>Search datasets</source>
        <translation>搜索数据集</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Choose a dataset.</source>
        <translation>请选择一个数据集。</translation>
    </message>
    <message>
        <source>Auto-labeling preconditions</source>
        <translation>智能标注的前提条件</translation>
    </message>
    <message>
        <source>&amp;Start auto-labeling…</source>
        <translation>启动智能标注(&amp;S)…</translation>
    </message>
    <message>
        <source>Labeled images per label:</source>
        <translation>每种标签的已标注图片数：</translation>
    </message>
    <message>
        <source>Before auto-labeling:</source>
        <translation>启动智能标注前：</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 images, %3 labeled, %4 to confirm</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 共 %2 张图片，已标注 %3 张，待确认 %4 张</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Only image-classification datasets can be auto-labeled here.</source>
        <translation>此处只能对图像分类数据集进行智能标注。</translation>
    </message>
    <message>
        <source>This is not an image-classification dataset: it cannot be auto-labeled here.</source>
        <translation>这不是图像分类数据集，无法在此进行智能标注。</translation>
    </message>
    <message>
        <source>Fix what is marked, then refresh.</source>
        <translation>请修正标记的问题，然后刷新。</translation>
    </message>
    <message>
        <source>&amp;Watch the running task</source>
        <translation>查看运行中的任务(&amp;W)</translation>
    </message>
    <message>
        <source>Every image is labeled: there is nothing to auto-label. Publish a version to train on them.</source>
        <translation>所有图片都已标注：没有需要智能标注的图片。发布一个版本即可用它们训练。</translation>
    </message>
    <message numerus="yes">
        <source>Review the finished &amp;task (%n to confirm)</source>
        <translation>
            <numerusform>审核已完成的任务（%n 张待确认）(&amp;T)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete the %n 4-channel image(s)…</source>
        <translation>
            <numerusform>删除 %n 张四通道图片(&amp;D)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the 4-channel images</source>
        <translation>删除四通道图片</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s) with an alpha channel from %1? They leave the dataset (their files are kept); an auto-label task can then start. Convert them to RGB and import them again to keep them in the dataset.</source>
        <translation>
            <numerusform>从 %1 中删除 %n 张带透明通道的图片？它们将离开数据集（文件保留），之后即可启动智能标注任务。如需保留在数据集中，请将其转换为 RGB 后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Suspect &amp;labels…</source>
        <translation>可疑标签(&amp;L)…</translation>
    </message>
    <message>
        <source>Audit the labels already given and review the ones that look wrong, most suspect first: keep, relabel or reject each. A suspect is a reason to look, not a verdict.</source>
        <translation>审查已有的标签，并复核看起来有误的样本（最可疑的在前）：逐一保留、改标或驳回。可疑只是值得一看的理由，不是结论。</translation>
    </message>
</context>
<context>
    <name>DatasetTableModel</name>
    <message>
        <source>Image classification</source>
        <translation>图像分类</translation>
    </message>
    <message>
        <source>Object detection</source>
        <translation>物体检测</translation>
    </message>
    <message>
        <source>Image segmentation</source>
        <translation>图像分割</translation>
    </message>
    <message>
        <source>Text classification</source>
        <translation>文本分类</translation>
    </message>
    <message>
        <source>Sound classification</source>
        <translation>声音分类</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>其他（%1）</translation>
    </message>
    <message>
        <source>%1 (task running)</source>
        <translation>%1（任务运行中）</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片数</translation>
    </message>
    <message>
        <source>Labeled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>A dataset of ModelArts&apos; new version: it is labeled by labeling jobs, whose API is not published. This workflow (auto-labeling in Data Management, old version) cannot start tasks or confirm labels on it; use the ModelArts console.</source>
        <translation>ModelArts 新版数据集：它通过标注作业标注，而标注作业的 API 未公开。本工作流（旧版数据管理中的智能标注）无法在其上启动任务或确认标签；请使用 ModelArts 控制台。</translation>
    </message>
    <message>
        <source>%1 (new version: not supported)</source>
        <translation>%1（新版：不支持）</translation>
    </message>
</context>
<context>
    <name>EventTreeModel</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Auto-labeling</source>
        <translation>智能标注</translation>
    </message>
    <message>
        <source>Create the training job</source>
        <translation>创建训练作业</translation>
    </message>
    <message>
        <source>Wait for resources</source>
        <translation>等待资源</translation>
    </message>
    <message>
        <source>Train and label</source>
        <translation>训练并标注</translation>
    </message>
    <message>
        <source>Training job completed</source>
        <translation>训练作业完成</translation>
    </message>
    <message>
        <source>Store the results</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>未运行</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Export the confirmed labels of %1</source>
        <translation>导出 %1 的已确认标签</translation>
    </message>
    <message>
        <source>ModelArts &amp;manifest (JSON Lines, for training on ModelArts)</source>
        <translation>ModelArts Manifest(&amp;M) 文件（JSON Lines，用于在 ModelArts 上训练）</translation>
    </message>
    <message>
        <source>One &amp;folder per label, with the images</source>
        <translation>每个标签一个文件夹，含图片(&amp;F)</translation>
    </message>
    <message>
        <source>A run that was stopped can be run again: what is complete is kept.</source>
        <translation>中断后可以再次导出：已完整写入的文件会保留。</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Choose a folder to export to.</source>
        <translation>请选择要导出到的文件夹。</translation>
    </message>
    <message>
        <source>Listing the confirmed labels…</source>
        <translation>正在列出已确认的标签…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>%1 of %2 images</source>
        <translation>%1 / %2 张图片</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n files are complete; export again to go on.</source>
        <translation>
            <numerusform>已取消：%n 个文件已完整写入；再次导出即可继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1 %n files are complete; export again to go on.</source>
        <translation>
            <numerusform>已中断：%1 %n 个文件已完整写入；再次导出即可继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done, but %n images were refused by the service: %1</source>
        <translation>
            <numerusform>已完成，但有 %n 张图片被服务拒绝：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;CSV (file, label, the label&apos;s stored score, labeled by, the sample&apos;s time in UTC)</source>
        <translation>CSV 表格(&amp;C)（文件、标签、标签存储的置信度、标注人、样本时间 UTC）</translation>
    </message>
    <message>
        <source>Replace the earlier export?</source>
        <translation>替换之前的导出？</translation>
    </message>
    <message>
        <source>%1 is there already, from an earlier export. Replace it with the labels as they are now?</source>
        <translation>%1 已存在（来自之前的导出）。用当前的标签替换它吗？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nothing was written: choose another folder, or export again and replace.</source>
        <translation>未写入任何文件：请选择其他文件夹，或再次导出并替换。</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n confirmed sample(s),</source>
        <translation>
            <numerusform>完成：%n 个已确认样本，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written,</source>
        <translation>
            <numerusform>写入 %n 个文件，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already complete.</source>
        <translation>
            <numerusform>%n 个已完整。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeatureJob</name>
    <message>
        <source>Too few of the images could be read to compare them.</source>
        <translation>能读取的图片太少，无法比较。</translation>
    </message>
    <message>
        <source>The look-alike cache could not be written: %1</source>
        <translation>无法写入相似图片缓存：%1</translation>
    </message>
    <message>
        <source>The look-alike cache could not be read (%1): it was set aside and is made again.</source>
        <translation>无法读取相似图片缓存（%1）：已将其移到一旁并重新生成。</translation>
    </message>
    <message>
        <source>The look-alike cache could not be read (%1): the vectors are computed, but not kept.</source>
        <translation>无法读取相似图片缓存（%1）：特征向量照常计算，但不会保存。</translation>
    </message>
</context>
<context>
    <name>HardReasonCatalog</name>
    <message>
        <source>No target was found in the image.</source>
        <translation>图片中未检测到目标。</translation>
    </message>
    <message>
        <source>The model is not confident about this label.</source>
        <translation>模型对该标签的置信度较低。</translation>
    </message>
    <message>
        <source>Similar images (a clustering of the data) point to another label.</source>
        <translation>相似图片（数据聚类结果）指向另一个标签。</translation>
    </message>
    <message>
        <source>The image is far from the training images of the predicted label.</source>
        <translation>该图片与预测标签的训练图片差异较大。</translation>
    </message>
    <message>
        <source>Consecutive similar images got different labels.</source>
        <translation>连续的相似图片被预测为不同标签。</translation>
    </message>
    <message>
        <source>Its resolution is unlike the training images.</source>
        <translation>图片分辨率与训练图片不同。</translation>
    </message>
    <message>
        <source>Its aspect ratio is unlike the training images.</source>
        <translation>图片宽高比与训练图片不同。</translation>
    </message>
    <message>
        <source>Its brightness is unlike the training images.</source>
        <translation>图片亮度与训练图片不同。</translation>
    </message>
    <message>
        <source>Its saturation is unlike the training images.</source>
        <translation>图片饱和度与训练图片不同。</translation>
    </message>
    <message>
        <source>Its colourfulness is unlike the training images.</source>
        <translation>图片色彩丰富度与训练图片不同。</translation>
    </message>
    <message>
        <source>Its sharpness is unlike the training images.</source>
        <translation>图片清晰度与训练图片不同。</translation>
    </message>
    <message>
        <source>The number of boxes is unlike the training images.</source>
        <translation>标注框数量与训练图片不同。</translation>
    </message>
    <message>
        <source>The spread of box areas is unlike the training images.</source>
        <translation>标注框面积的离散程度与训练图片不同。</translation>
    </message>
    <message>
        <source>The boxes&apos; aspect ratios are unlike the training images.</source>
        <translation>标注框宽高比与训练图片不同。</translation>
    </message>
    <message>
        <source>The boxes&apos; share of the image is unlike the training images.</source>
        <translation>标注框占图片的比例与训练图片不同。</translation>
    </message>
    <message>
        <source>The boxes lie unusually close to the edges.</source>
        <translation>标注框异常靠近图片边缘。</translation>
    </message>
    <message>
        <source>The boxes&apos; brightness is unlike the training images.</source>
        <translation>标注框亮度与训练图片不同。</translation>
    </message>
    <message>
        <source>The boxes&apos; sharpness is unlike the training images.</source>
        <translation>标注框清晰度与训练图片不同。</translation>
    </message>
    <message>
        <source>The boxes overlap unlike the training images.</source>
        <translation>标注框的重叠程度与训练图片不同。</translation>
    </message>
    <message>
        <source>A Gaussian blur of the image changes the prediction.</source>
        <translation>对图片做高斯模糊后预测结果改变。</translation>
    </message>
    <message>
        <source>Flipping the image left to right changes the prediction.</source>
        <translation>左右翻转图片后预测结果改变。</translation>
    </message>
    <message>
        <source>Cropping the image changes the prediction.</source>
        <translation>裁剪图片后预测结果改变。</translation>
    </message>
    <message>
        <source>Flipping the image upside down changes the prediction.</source>
        <translation>上下翻转图片后预测结果改变。</translation>
    </message>
    <message>
        <source>Scaling the image changes the prediction.</source>
        <translation>缩放图片后预测结果改变。</translation>
    </message>
    <message>
        <source>Shifting the image changes the prediction.</source>
        <translation>平移图片后预测结果改变。</translation>
    </message>
    <message>
        <source>Shearing the image changes the prediction.</source>
        <translation>错切图片后预测结果改变。</translation>
    </message>
    <message>
        <source>A superpixel version of the image changes the prediction.</source>
        <translation>图片超像素化后预测结果改变。</translation>
    </message>
    <message>
        <source>Sharpening the image changes the prediction.</source>
        <translation>锐化图片后预测结果改变。</translation>
    </message>
    <message>
        <source>Adding noise to the image changes the prediction.</source>
        <translation>给图片加噪声后预测结果改变。</translation>
    </message>
    <message>
        <source>Inverting the image changes the prediction.</source>
        <translation>图片反色后预测结果改变。</translation>
    </message>
    <message>
        <source>The image is an outlier: unlike the rest of the dataset.</source>
        <translation>该图片是离群点：与数据集中其他图片差异很大。</translation>
    </message>
    <message>
        <source>Unknown reason %1.</source>
        <translation>未知原因 %1。</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>Too many redirects.</source>
        <translation>重定向次数过多。</translation>
    </message>
    <message>
        <source>Refused a redirect from HTTPS to %1.</source>
        <translation>已拒绝从 HTTPS 重定向到 %1。</translation>
    </message>
    <message>
        <source>No answer in time: %1</source>
        <translation>请求超时：%1</translation>
    </message>
</context>
<context>
    <name>IamAuthenticator</name>
    <message>
        <source>Not logged in.</source>
        <translation>尚未登录。</translation>
    </message>
    <message>
        <source>The IAM answer is not a token: %1</source>
        <translation>IAM 返回的不是有效的 Token：%1</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>LabelChart</name>
    <message>
        <source>Labeled images per label</source>
        <translation>每种标签的已标注图片数</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>LabelExporter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>LabelPicker</name>
    <message>
        <source>Choose a label</source>
        <translation>选择标签</translation>
    </message>
    <message>
        <source>Type a part of the name, or a Chinese name&apos;s pinyin or initials</source>
        <translation>输入名称的一部分，或中文名称的拼音或首字母</translation>
    </message>
    <message>
        <source>Used recently</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>No label matches &quot;%1&quot;</source>
        <translation>没有与“%1”匹配的标签</translation>
    </message>
    <message>
        <source>%1 of %2 labels</source>
        <translation>%1 / %2 个标签</translation>
    </message>
    <message>
        <source>Find a label (a part of the name, pinyin or initials)</source>
        <translation>查找标签（名称的一部分、拼音或首字母）</translation>
    </message>
    <message>
        <source>%1   %2  (proposed)</source>
        <translation>%1   %2  （提议）</translation>
    </message>
    <message>
        <source>Proposed for this sample by the classifier learnt from the labeled samples: key %1</source>
        <translation>由从已标注样本学得的分类器为此样本提议：按键 %1</translation>
    </message>
</context>
<context>
    <name>LabeledLookAlikesBox</name>
    <message>
        <source>With the dataset&apos;s labeled samples</source>
        <translation>包括数据集中已标注的样本</translation>
    </message>
    <message>
        <source>Which labels the labeled images most like this one carry</source>
        <translation>与此图片最相似的已标注图片带有哪些标签</translation>
    </message>
    <message>
        <source>Labeled look-alikes</source>
        <translation>已标注的相似样本</translation>
    </message>
    <message>
        <source>The labeled samples could not be compared: %1</source>
        <translation>无法比较已标注的样本：%1</translation>
    </message>
    <message>
        <source>Comparing the dataset&apos;s labeled samples (%1)…</source>
        <translation>正在比较数据集中已标注的样本（%1）…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The dataset has no labeled samples.</source>
        <translation>数据集中没有已标注的样本。</translation>
    </message>
    <message>
        <source>No labeled sample could be compared with this one.</source>
        <translation>没有可与此样本比较的已标注样本。</translation>
    </message>
    <message>
        <source>%1 of its %2 nearest labeled samples are labeled %3.</source>
        <translation>与它最相似的 %2 个已标注样本中，有 %1 个标签为 %3。</translation>
    </message>
    <message>
        <source>(Compared with the first %1 of %2 labeled samples.)</source>
        <translation>（只与 %2 个已标注样本中的前 %1 个进行了比较。）</translation>
    </message>
    <message>
        <source>Nearest labeled sample no. %1: %2, labeled %3</source>
        <translation>第 %1 近的已标注样本：%2，标签为 %3</translation>
    </message>
</context>
<context>
    <name>LabeledSamples</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The look-alikes have no cache folder.</source>
        <translation>相似图片没有缓存文件夹。</translation>
    </message>
    <message>
        <source>Not logged in: log in again to compare the labeled samples.</source>
        <translation>未登录：请重新登录后再比较已标注的样本。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to ModelArts</source>
        <translation>登录 ModelArts</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账号名</translation>
    </message>
    <message>
        <source>IAM user name</source>
        <translation>IAM 用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>the account (domain) the user belongs to</source>
        <translation>用户所属的账号（domain）</translation>
    </message>
    <message>
        <source>usually the region, e.g. cn-north-4</source>
        <translation>通常与区域同名，例如 cn-north-4</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号名(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation>项目(&amp;R)：</translation>
    </message>
    <message>
        <source>IAM user</source>
        <translation>IAM 用户</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>私有访问密钥</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>Access &amp;key (AK):</source>
        <translation>访问密钥 ID（AK）(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Secret key (SK):</source>
        <translation>私有访问密钥（SK）(&amp;S)：</translation>
    </message>
    <message>
        <source>Project &amp;ID:</source>
        <translation>项目 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>访问密钥（AK/SK）</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Custom endpoints (modelarts-local, private cloud)</source>
        <translation>自定义终端节点（modelarts-local、私有云）</translation>
    </message>
    <message>
        <source>IAM endpoint</source>
        <translation>IAM 终端节点</translation>
    </message>
    <message>
        <source>ModelArts endpoint</source>
        <translation>ModelArts 终端节点</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>额外的 CA 证书</translation>
    </message>
    <message>
        <source>optional: a PEM file for a private endpoint</source>
        <translation>可选：私有终端节点的 PEM 证书文件</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>选择 CA 证书文件</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>区域(&amp;G)：</translation>
    </message>
    <message>
        <source>IAM &amp;endpoint:</source>
        <translation>IAM 终端节点(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;ModelArts endpoint:</source>
        <translation>ModelArts 终端节点(&amp;M)：</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Remem&amp;ber the password or secret key in the system keychain</source>
        <translation>在系统钥匙串中记住密码或私有访问密钥(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>No system keychain is available here (%1): the password is not remembered.</source>
        <translation>此处没有可用的系统钥匙串（%1）：不会记住密码。</translation>
    </message>
    <message>
        <source>Remember the password (no system keychain available)</source>
        <translation>记住密码（没有可用的系统钥匙串）</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The %1 needs http:// or https:// in front, as in https://%2.</source>
        <translation>%1 需要以 http:// 或 https:// 开头，例如 https://%2。</translation>
    </message>
    <message>
        <source>The %1 is not a URL: %2</source>
        <translation>%1 不是有效的网址：%2</translation>
    </message>
</context>
<context>
    <name>LookAlikePanel</name>
    <message>
        <source>Number of groups</source>
        <translation>分组数</translation>
    </message>
    <message>
        <source>Re&amp;group</source>
        <translation>重新分组(&amp;G)</translation>
    </message>
    <message>
        <source>Look-alike groups</source>
        <translation>相似图片分组</translation>
    </message>
    <message>
        <source>Accept the group but the selected</source>
        <translation>接受本组（选中的除外）</translation>
    </message>
    <message>
        <source>Accept the machine&apos;s label for every sample of the group except those selected in the grid</source>
        <translation>接受本组每个样本的机器标签，网格中选中的样本除外</translation>
    </message>
    <message>
        <source>Relabel the group…</source>
        <translation>本组改标…</translation>
    </message>
    <message>
        <source>Give the whole group, or the samples selected in it, one label</source>
        <translation>为整组或组内选中的样本指定同一个标签</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Look-alikes: %1 of %2 images compared</source>
        <translation>相似图片：已比较 %1 / %2 张</translation>
    </message>
    <message>
        <source>Look-alikes: %1 of %2 images; the rest not yet compared</source>
        <translation>相似图片：%1 / %2 张，其余尚未比较</translation>
    </message>
    <message>
        <source>Look-alikes: every image compared</source>
        <translation>相似图片：全部图片已比较</translation>
    </message>
    <message numerus="yes">
        <source>%n preview(s) could not be read</source>
        <translation>
            <numerusform>%n 张预览图无法读取</numerusform>
        </translation>
    </message>
    <message>
        <source>This image has not been compared yet (%1 of %2 done); try again in a moment.</source>
        <translation>这张图片尚未比较（已完成 %1 / %2），请稍后再试。</translation>
    </message>
    <message>
        <source>This image could not be compared: its preview could not be read.</source>
        <translation>这张图片无法比较：其预览图无法读取。</translation>
    </message>
    <message numerus="yes">
        <source>The %n sample(s) most like %1, nearest first (the filters still apply).</source>
        <translation>
            <numerusform>与 %1 最相似的 %n 个样本，最相似的在前（筛选条件仍然生效）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The images are still being compared; the groups come when some are.</source>
        <translation>图片仍在比较中；部分完成后即可分组。</translation>
    </message>
    <message>
        <source>No image has been compared: groups need the look-alikes (Resume).</source>
        <translation>尚无图片完成比较：分组需要相似图片（点“继续”）。</translation>
    </message>
    <message>
        <source>Grouping…</source>
        <translation>正在分组…</translation>
    </message>
    <message numerus="yes">
        <source>%n look-alike group(s) of the %1 samples shown, least consistent first.</source>
        <translation>
            <numerusform>显示的 %1 个样本分为 %n 个相似组，最不一致的在前。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not compared yet, in no group.</source>
        <translation>
            <numerusform>%n 个尚未比较，不在任何组中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1 · %n sample(s) · %2 %3 · %4 decided</source>
        <translation>
            <numerusform>第 %1 组 · %n 个样本 · %2 %3 · 已决定 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>分组依据</translation>
    </message>
    <message>
        <source>This app&apos;s look-alikes, or the groups of ModelArts&apos; auto grouping (a sample attribute)</source>
        <translation>本应用的相似图片，或 ModelArts 自动分组的结果（样本属性）</translation>
    </message>
    <message>
        <source>Look-alikes (this app)</source>
        <translation>相似图片（本应用）</translation>
    </message>
    <message>
        <source>ModelArts&apos; groups: %1</source>
        <translation>ModelArts 分组：%1</translation>
    </message>
    <message>
        <source>The service&apos;s groups could not be read: %1</source>
        <translation>无法读取服务的分组：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of ModelArts&apos; auto grouping among the %1 samples shown, least consistent first.</source>
        <translation>
            <numerusform>显示的 %1 个样本中有 ModelArts 自动分组的 %n 个组，最不一致的在前。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AutoLabel Reviewer</source>
        <translation>智能标注审核</translation>
    </message>
    <message>
        <source>1 Log in</source>
        <translation>1 登录</translation>
    </message>
    <message>
        <source>2 Dataset</source>
        <translation>2 数据集</translation>
    </message>
    <message>
        <source>3 Auto-label task</source>
        <translation>3 智能标注任务</translation>
    </message>
    <message>
        <source>4 Review and confirm</source>
        <translation>4 审核与确认</translation>
    </message>
    <message>
        <source>Log in to Huawei Cloud ModelArts, or to modelarts-local, to auto-label a dataset.</source>
        <translation>登录华为云 ModelArts 或 modelarts-local，对数据集进行智能标注。</translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation>登录(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About AutoLabel Reviewer</source>
        <translation>关于智能标注审核</translation>
    </message>
    <message>
        <source>&lt;b&gt;AutoLabel Reviewer&lt;/b&gt; %1&lt;br&gt;Review the auto-labels of Huawei Cloud ModelArts image-classification datasets.&lt;br&gt;&lt;br&gt;Built with Qt %2 (LGPLv3), QtKeychain (BSD) and OpenCV (Apache 2.0).</source>
        <translation>&lt;b&gt;智能标注审核&lt;/b&gt; %1&lt;br&gt;审核华为云 ModelArts 图像分类数据集的智能标注结果。&lt;br&gt;&lt;br&gt;基于 Qt %2（LGPLv3）、QtKeychain（BSD）和 OpenCV（Apache 2.0）构建。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1</source>
        <translation>无法将密码保存到钥匙串：%1</translation>
    </message>
    <message>
        <source>Could not refresh: %1. Trying again.</source>
        <translation>刷新失败：%1。正在重试。</translation>
    </message>
    <message>
        <source>The task ended: %1</source>
        <translation>任务已结束：%1</translation>
    </message>
    <message>
        <source>A task is running</source>
        <translation>有任务正在运行</translation>
    </message>
    <message>
        <source>An auto-labeling task is already running on %1. Watch it?</source>
        <translation>%1 上已有智能标注任务在运行。要查看它吗？</translation>
    </message>
    <message>
        <source>The task was not started</source>
        <translation>任务未启动</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) confirmed.</source>
        <translation>
            <numerusform>已确认 %n 个样本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>审核：%1</translation>
    </message>
    <message>
        <source>Decisions cannot be made until it can.</source>
        <translation>在它能打开之前，无法做出决定。</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>审核(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <source>When the app last stopped, it was sending %n decided sample(s) of “%1” to the service, and no answer came. Finish sending them now? Sending again is safe: a sample is confirmed once.</source>
        <translation>
            <numerusform>上次应用停止时，正在向服务发送“%1”的 %n 个已决定样本，但未收到应答。现在完成发送吗？重新发送是安全的：每个样本只会确认一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other review(s) have samples waiting too; they are offered at your next login.</source>
        <translation>
            <numerusform>另有 %n 个审核也有等待发送的样本；下次登录时会再询问。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish sending</source>
        <translation>完成发送</translation>
    </message>
    <message>
        <source>&amp;Finish sending</source>
        <translation>完成发送(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%n auto-labeled result(s) of the last task on “%1” await confirmation.</source>
        <translation>
            <numerusform>“%1”上一个任务的 %n 个智能标注结果等待确认。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have decided %n of them and not yet confirmed them.</source>
        <translation>
            <numerusform>其中 %n 个您已决定但尚未确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>A new task labels the dataset again. Review them first?</source>
        <translation>新任务会重新标注该数据集。先审核它们吗？</translation>
    </message>
    <message>
        <source>Results await confirmation</source>
        <translation>结果等待确认</translation>
    </message>
    <message>
        <source>&amp;Review them first</source>
        <translation>先审核(&amp;R)</translation>
    </message>
    <message>
        <source>Start a &amp;new task anyway</source>
        <translation>仍然启动新任务(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Everything is reviewed and confirmed. Publish a version to train on these labels?</source>
        <translation>全部已审核并确认。要发布一个数据集版本，用这些标签进行训练吗？</translation>
    </message>
    <message>
        <source>Publish a version…</source>
        <translation>发布版本…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) deleted from the dataset.</source>
        <translation>
            <numerusform>已从数据集中删除 %n 张图片。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every image was deleted</source>
        <translation>并非所有图片都已删除</translation>
    </message>
    <message>
        <source>Re-label the rest with &amp;what you confirmed…</source>
        <translation>用已确认的标签重新标注其余样本(&amp;W)…</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) are still undecided. The engine can label them again, learning from what you confirmed.</source>
        <translation>
            <numerusform>还有 %n 个样本未决定。引擎可以重新标注它们，并从你已确认的标签中学习。</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-label the rest…</source>
        <translation>重新标注其余样本…</translation>
    </message>
    <message>
        <source>The review is still loading.</source>
        <translation>审核仍在加载中。</translation>
    </message>
    <message>
        <source>Confirm your decisions first: the new task learns from confirmed labels only.</source>
        <translation>请先确认你的决定：新任务只从已确认的标签中学习。</translation>
    </message>
    <message>
        <source>Nothing is left undecided to label again.</source>
        <translation>没有未决定的样本需要重新标注。</translation>
    </message>
    <message>
        <source>Re-label the rest</source>
        <translation>重新标注其余样本</translation>
    </message>
    <message numerus="yes">
        <source>Start round %1 on “%2”? A new auto-labeling task trains on every labeled sample, the %3 confirmed in this review included, and labels the %n undecided sample(s) again: their machine labels are replaced. The review opens on its results when it ends.</source>
        <translation>
            <numerusform>在“%2”上开始第 %1 轮？新的智能标注任务会用所有已标注样本训练（包括本次审核中确认的 %3 个），并重新标注 %n 个未决定的样本：它们的机器标注将被替换。任务结束后会自动打开其结果的审核。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start the round</source>
        <translation>开始本轮(&amp;S)</translation>
    </message>
    <message>
        <source>Review: %1 (round %2)</source>
        <translation>审核：%1（第 %2 轮）</translation>
    </message>
    <message>
        <source>Suspect labels: %1</source>
        <translation>可疑标签：%1</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>Preconditions</name>
    <message>
        <source>At least %1 labels</source>
        <translation>至少 %1 种标签</translation>
    </message>
    <message numerus="yes">
        <source>The dataset has %n label(s).</source>
        <translation>
            <numerusform>数据集有 %n 种标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>At least %1 labeled images per label</source>
        <translation>每种标签至少 %1 张已标注图片</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s)</source>
        <translation>
            <numerusform>%1：%n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>Every label has enough labeled images.</source>
        <translation>每种标签的已标注图片都足够。</translation>
    </message>
    <message>
        <source>The dataset has no labels.</source>
        <translation>数据集没有标签。</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) have fewer than %1 labeled images.</source>
        <translation>
            <numerusform>有 %n 种标签的已标注图片少于 %1 张。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlabeled images to auto-label</source>
        <translation>存在待智能标注的未标注图片</translation>
    </message>
    <message numerus="yes">
        <source>%n unlabeled image(s).</source>
        <translation>
            <numerusform>%n 张未标注图片。</numerusform>
        </translation>
    </message>
    <message>
        <source>No 4-channel (RGBA) images</source>
        <translation>不含四通道（RGBA）图片</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) have an alpha channel: the task would fail. Remove them or convert them to RGB.</source>
        <translation>
            <numerusform>%n 张图片带有 Alpha 通道，智能标注任务将会失败。请删除这些图片或将其转换为 RGB。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n image(s) has an alpha channel.</source>
        <translation>
            <numerusform>%n 张图片均不含 Alpha 通道。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n image(s) checked so far has an alpha channel.</source>
        <translation>
            <numerusform>目前已检查的 %n 张图片均不含 Alpha 通道。</numerusform>
        </translation>
    </message>
    <message>
        <source>No auto-label task running</source>
        <translation>没有正在进行的智能标注任务</translation>
    </message>
    <message>
        <source>No task is running on this dataset.</source>
        <translation>该数据集上没有正在运行的任务。</translation>
    </message>
    <message>
        <source>A task is running on this dataset: attach to it or stop it first.</source>
        <translation>该数据集上有任务正在运行：请查看该任务，或先停止它。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>新语言在应用重新启动后生效。</translation>
    </message>
    <message>
        <source>Check a running task &amp;every:</source>
        <translation>检查运行中任务的间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Thumbnail size:</source>
        <translation>缩略图大小(&amp;T)：</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>配色(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>PublishController</name>
    <message>
        <source>The near-duplicates could not be kept on one side: %1. Nothing was published.</source>
        <translation>无法把近似重复的图片放在同一侧：%1。未发布任何版本。</translation>
    </message>
    <message numerus="yes">
        <source>The service refused the usage of %n near-duplicate(s). Nothing was published.</source>
        <translation>
            <numerusform>服务拒绝了 %n 个近似重复样本的用途设置。未发布任何版本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not logged in: nothing was published.</source>
        <translation>未登录：未发布任何版本。</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>the labeled images could not be compared</source>
        <translation>无法比较已标注的图片</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Keep the hard-example marks in the manifest</source>
        <translation>在 Manifest 中保留难例标记</translation>
    </message>
    <message>
        <source>Publish a version of %1</source>
        <translation>发布 %1 的版本</translation>
    </message>
    <message>
        <source>automatic (V001, V002, …)</source>
        <translation>自动（V001、V002 …）</translation>
    </message>
    <message>
        <source>The share of each label&apos;s images that trains; the rest evaluates. 0.8 to 0.9 is usual.</source>
        <translation>每个标签中用于训练的图片比例，其余用于评估。通常取 0.8 到 0.9。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Labeled images</source>
        <translation>已标注图片</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Training share:</source>
        <translation>训练比例(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>What the version will contain:</source>
        <translation>版本将包含：</translation>
    </message>
    <message numerus="yes">
        <source>%n labeled images</source>
        <translation>
            <numerusform>%n 张已标注图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images without a confirmed label go in unlabeled</source>
        <translation>
            <numerusform>%n 张没有已确认标签的图片以未标注形式收录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n auto labels still to confirm are not in it)</source>
        <translation>
            <numerusform>（%n 个尚待确认的智能标注结果不会收录）</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for near-duplicates among the labeled images…</source>
        <translation>正在已标注的图片中查找近似重复…</translation>
    </message>
    <message>
        <source>&amp;Keep each group of near-duplicates on the train side</source>
        <translation>将每组近似重复的图片都放在训练集(&amp;K)</translation>
    </message>
    <message>
        <source>Their usage is set to train before the version is published, so that the evaluation never sees an image the training saw; each label keeps its share.</source>
        <translation>发布版本前将它们的用途设为训练，使验证集不会出现训练见过的图片；每个标签的比例保持不变。</translation>
    </message>
    <message>
        <source>Near-duplicates were not looked for: %1</source>
        <translation>未查找近似重复：%1</translation>
    </message>
    <message>
        <source>No two labeled images are near-duplicates.</source>
        <translation>已标注的图片中没有近似重复。</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n group(s) of near-duplicates (%1 images) could fall on both sides of the split: the evaluation would see images the training saw.</source>
        <translation>
            <numerusform>⚠ %n 组近似重复的图片（共 %1 张）可能被分到训练和验证两侧：验证集会出现训练见过的图片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of near-duplicates (%1 images); everything trains, so none leaks into the evaluation.</source>
        <translation>
            <numerusform>%n 组近似重复的图片（共 %1 张）；全部用于训练，不会泄漏到验证集。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n group(s) show one image under different labels: fix them with Suspect labels… on the dataset page before publishing.</source>
        <translation>
            <numerusform>⚠ %n 组中同一张图片带有不同的标签：发布前请在数据集页面用“可疑标签…”修正。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishFlow</name>
    <message>
        <source>Version %1 is published: %2 labeled images of %3.</source>
        <translation>版本 %1 已发布：共 %3 张图片，其中已标注 %2 张。</translation>
    </message>
    <message>
        <source>The version was not published</source>
        <translation>版本未发布</translation>
    </message>
    <message>
        <source>Version %1 failed: %2</source>
        <translation>版本 %1 发布失败：%2</translation>
    </message>
    <message>
        <source>a new version</source>
        <translation>新版本</translation>
    </message>
</context>
<context>
    <name>RegionPresets</name>
    <message>
        <source>CN North-Beijing4</source>
        <translation>华北-北京四</translation>
    </message>
    <message>
        <source>CN North-Beijing1</source>
        <translation>华北-北京一</translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation>华东-上海一</translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation>华南-广州</translation>
    </message>
    <message>
        <source>CN-Hong Kong</source>
        <translation>中国-香港</translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation>亚太-新加坡</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject (to unlabeled)</source>
        <translation>拒绝（退回未标注）(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;label…</source>
        <translation>改标(&amp;L)…</translation>
    </message>
    <message>
        <source>Undecid&amp;e</source>
        <translation>撤销决定(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>Relabel to label %1</source>
        <translation>改标为第 %1 个标签</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一个(&amp;P)</translation>
    </message>
    <message>
        <source>Select all s&amp;hown</source>
        <translation>全选显示的样本(&amp;H)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit the image</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Accept above a &amp;threshold…</source>
        <translation>按阈值接受(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>重做(&amp;D)</translation>
    </message>
    <message>
        <source>Relabel to %1</source>
        <translation>改标为 %1</translation>
    </message>
    <message>
        <source>Re&amp;do: %1</source>
        <translation>重做(&amp;D)：%1</translation>
    </message>
    <message>
        <source>The prediction is right (A, Enter, Space)</source>
        <translation>预测正确（A、Enter、空格）</translation>
    </message>
    <message>
        <source>&amp;View large</source>
        <translation>放大查看(&amp;V)</translation>
    </message>
    <message>
        <source>Check a random sample to learn how many of the machine&apos;s labels are wrong (C)</source>
        <translation>检查一个随机样本，了解机器标注中有多少是错的（C）</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← 返回(&amp;B)</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>接受（A）</translation>
    </message>
    <message>
        <source>Relabel… (L, 1–9)</source>
        <translation>改标…（L、1–9）</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>拒绝（R）</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>跳过（S）</translation>
    </message>
    <message>
        <source>Spot-check… (C)</source>
        <translation>抽检…（C）</translation>
    </message>
    <message>
        <source>Threshold… (T)</source>
        <translation>阈值…（T）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Confirm labels…</source>
        <translation>确认标签…</translation>
    </message>
    <message>
        <source>A broken or unwanted image leaves the dataset and the review (Delete); asks first</source>
        <translation>损坏或不需要的图片从数据集和审核中移除（Delete）；会先询问</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>下一个(&amp;X)</translation>
    </message>
    <message>
        <source>Spot-&amp;check the labels…</source>
        <translation>抽检标签(&amp;C)…</translation>
    </message>
    <message>
        <source>Confirm la&amp;bels…</source>
        <translation>确认标签(&amp;B)…</translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation>撤销(&amp;N)</translation>
    </message>
    <message>
        <source>Ke&amp;yboard shortcuts…</source>
        <translation>键盘快捷键(&amp;Y)…</translation>
    </message>
    <message>
        <source>U&amp;ndo: %1</source>
        <translation>撤销(&amp;N)：%1</translation>
    </message>
    <message>
        <source>Show the samples that look most like this one, nearest first (M)</source>
        <translation>显示与此样本最相似的样本，最相似的在前（M）</translation>
    </message>
    <message>
        <source>Group what the filters show by look-alike; decide a group in one step (G)</source>
        <translation>按相似程度为筛选结果分组；一步决定整组（G）</translation>
    </message>
    <message>
        <source>Delete the image from the dataset…</source>
        <translation>从数据集中删除图片…</translation>
    </message>
    <message>
        <source>&amp;More like this</source>
        <translation>更多相似图片(&amp;M)</translation>
    </message>
    <message>
        <source>Look-alike &amp;groups</source>
        <translation>相似图片分组(&amp;G)</translation>
    </message>
    <message>
        <source>Reload the samples</source>
        <translation>重新加载样本</translation>
    </message>
    <message>
        <source>What the machine labeled each label, against what you decided; click a cell to show those samples (W)</source>
        <translation>机器给出的每个标签对照您的决定；点击单元格显示这些样本（W）</translation>
    </message>
    <message>
        <source>Confusion view (&amp;Q)…</source>
        <translation>混淆视图(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Accept: keep the label</source>
        <translation>接受：保留该标签(&amp;A)</translation>
    </message>
    <message>
        <source>The label is right: keep it (A, Enter, Space)</source>
        <translation>标签正确：保留它（A、Enter、空格）</translation>
    </message>
    <message>
        <source>Suspect labels among those confirmed…</source>
        <translation>已确认标签中的可疑标签…</translation>
    </message>
    <message>
        <source>Audit the labels this review confirmed and review the ones that look wrong, most suspect first</source>
        <translation>审查本次审核确认的标签，并复核看起来有误的样本（最可疑的在前）</translation>
    </message>
</context>
<context>
    <name>ReviewConfirmer</name>
    <message>
        <source>The samples were not sent: the review journal cannot record them as being sent: %1</source>
        <translation>样本未发送：审核日志无法记录它们正在发送：%1</translation>
    </message>
</context>
<context>
    <name>ReviewFilterBar</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Refused by the service</source>
        <translation>被服务拒绝</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Hard examples</source>
        <translation>难例</translation>
    </message>
    <message>
        <source>Hard and not hard</source>
        <translation>难例与非难例</translation>
    </message>
    <message>
        <source>Hard only</source>
        <translation>仅难例</translation>
    </message>
    <message>
        <source>Not hard</source>
        <translation>非难例</translation>
    </message>
    <message>
        <source>Predicted label</source>
        <translation>预测标签</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Hard reason</source>
        <translation>难例原因</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>任意原因</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Score, lowest first</source>
        <translation>置信度，从低到高</translation>
    </message>
    <message>
        <source>Score, highest first</source>
        <translation>置信度，从高到低</translation>
    </message>
    <message>
        <source>Hard coefficient, highest first</source>
        <translation>难例系数，从高到低</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>最低置信度</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>最高置信度</translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation>名称包含</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Shows only the samples of a cell of the confusion view; click to show all again</source>
        <translation>只显示混淆视图中某个单元格的样本；点击恢复显示全部</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Label as given</source>
        <translation>已有标签</translation>
    </message>
</context>
<context>
    <name>ReviewNotices</name>
    <message numerus="yes">
        <source>%n decision(s) from your last session on this task were restored. Nothing was lost.</source>
        <translation>
            <numerusform>已恢复您上次在此任务上做出的 %n 个决定，没有丢失任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) were refused by the service and stay decided: show them with “Refused by the service”.</source>
        <translation>
            <numerusform>%n 个样本被服务拒绝，保留已做的决定：选择“被服务拒绝”即可查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>This task left no auto-labeled samples to review: they are all confirmed, or it labeled none.</source>
        <translation>此任务没有待审核的智能标注样本：它们都已确认，或者任务没有标注任何样本。</translation>
    </message>
    <message>
        <source>The samples could not be listed: %1. What is shown stays, and your decisions are kept; Review &gt; Reload the samples (Ctrl+R) tries again.</source>
        <translation>无法列出样本：%1。当前显示的内容保留，您的决定也已保存；“审核 &gt; 重新加载样本”（Ctrl+R）可重试。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>They go by themselves when the service answers again.</source>
        <translation>服务恢复响应后会自动发送。</translation>
    </message>
    <message>
        <source>Send them when you are ready.</source>
        <translation>准备好后请发送。</translation>
    </message>
    <message numerus="yes">
        <source>%n decided sample(s) could not be sent: the service did not answer. They stay decided. %1</source>
        <translation>
            <numerusform>%n 个已决定的样本未能发送：服务没有应答。它们保持已决定状态。%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n decision(s)…</source>
        <translation>
            <numerusform>正在保存 %n 个决定…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawing the spot-check&apos;s sample from %n sample(s)…</source>
        <translation>
            <numerusform>正在从 %n 个样本中抽取抽检样本…</numerusform>
        </translation>
    </message>
    <message>
        <source>Auditing the labels already given: listing them, describing their images, then judging each by a model trained without it and by its look-alikes…</source>
        <translation>正在审查已有的标签：列出样本、提取图片特征，再用不含该样本训练的模型和相似样本逐一判断…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No label is questioned: each of the %1 labeled samples agrees with its look-alikes and with a model trained without it.</source>
        <translation>没有可疑的标签：%1 个已标注样本都与其相似样本以及不含它训练的模型一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 labeled samples look mislabeled, most suspect first. A suspect is a reason to look, not a verdict: keep (A), relabel or reject each, then confirm.</source>
        <translation>
            <numerusform>%1 个已标注样本中有 %n 个看起来标错了，最可疑的在前。可疑只是值得一看的理由，不是结论：逐一保留（A）、改标或驳回，然后确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit was cancelled. Review &gt; Reload the samples (Ctrl+R) runs it again.</source>
        <translation>审查已取消。“审核 &gt; 重新加载样本”（Ctrl+R）会重新审查。</translation>
    </message>
    <message>
        <source>Audit again</source>
        <translation>重新审查</translation>
    </message>
    <message>
        <source>The labels could not be audited: %1. Your decisions are kept.</source>
        <translation>无法审查标签：%1。您的决定已保留。</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) you kept or chose before are not questioned again.</source>
        <translation>
            <numerusform>您此前保留或选定的 %n 个标签不再被质疑。</numerusform>
        </translation>
    </message>
    <message>
        <source>No label is questioned among the %1 this review confirmed.</source>
        <translation>本次审核确认的 %1 个标签中没有可疑的。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 labels this review confirmed look wrong, most suspect first. A suspect is a reason to look, not a verdict: keep (A), relabel or reject each, then confirm.</source>
        <translation>
            <numerusform>本次审核确认的 %1 个标签中有 %n 个看起来有误，最可疑的在前。可疑只是值得一看的理由，不是结论：逐一保留（A）、改标或驳回，然后确认。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Loading %v of %m</source>
        <translation>正在加载 %v / %m</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>改标</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) accepted. Undo (Ctrl+Z) takes them back.</source>
        <translation>
            <numerusform>已接受 %n 个样本。撤销 (Ctrl+Z) 可全部收回。</numerusform>
        </translation>
    </message>
    <message>
        <source>The samples are still loading: confirm when all are in.</source>
        <translation>样本仍在加载：全部加载后再确认。</translation>
    </message>
    <message>
        <source>Select a sample to see it here.</source>
        <translation>选择一个样本，在此查看。</translation>
    </message>
    <message>
        <source>Shown %1 · To review %2 · Decided %3 · Confirmed %4 · Hard %5</source>
        <translation>显示 %1 · 待审核 %2 · 已决定 %3 · 已确认 %4 · 难例 %5</translation>
    </message>
    <message>
        <source>Refused %1</source>
        <translation>被拒绝 %1</translation>
    </message>
    <message>
        <source>Selected %1</source>
        <translation>已选 %1</translation>
    </message>
    <message>
        <source>Some are decided already</source>
        <translation>部分样本已决定</translation>
    </message>
    <message>
        <source>%1 of the %2 selected samples are decided already, differently; %3 are undecided.</source>
        <translation>所选 %2 个样本中有 %1 个已做出不同的决定；%3 个尚未决定。</translation>
    </message>
    <message>
        <source>&amp;Undecided only (%1)</source>
        <translation>仅未决定的(&amp;U)（%1）</translation>
    </message>
    <message>
        <source>&amp;Overwrite too (%1)</source>
        <translation>一并覆盖(&amp;O)（%1）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>缩略图大小</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Show each file&apos;s name under its tile</source>
        <translation>在每个缩略图下显示文件名</translation>
    </message>
    <message>
        <source>The samples are still loading: start the spot-check when all are in.</source>
        <translation>样本仍在加载：全部加载完后再开始抽检。</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>未删除任何图片：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted; the service refused %1: %2</source>
        <translation>
            <numerusform>已删除 %n 张；服务拒绝了 %1 张：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) deleted from the dataset.</source>
        <translation>
            <numerusform>已从数据集中删除 %n 张图片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every sample is decided. Confirm labels… (Ctrl+Enter) sends the %n decision(s) to the service.</source>
        <translation>
            <numerusform>所有样本都已决定。“确认标签…”（Ctrl+Enter）会把这 %n 个决定发送给服务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm labels…</source>
        <translation>确认标签…</translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete from the dataset</source>
        <translation>从数据集中删除</translation>
    </message>
    <message>
        <source>Delete %1 from the dataset? It leaves the dataset and this review; this cannot be undone here.</source>
        <translation>从数据集中删除 %1？它将离开数据集和本次审核；此操作在这里无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Delete, keep the file</source>
        <translation>删除，保留文件(&amp;D)</translation>
    </message>
    <message>
        <source>Delete &amp;with the image file</source>
        <translation>连同图片文件一起删除(&amp;W)</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n sample(s) of a group</source>
        <translation>
            <numerusform>接受一组中的 %n 个样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabel %n sample(s) of a group to %1</source>
        <translation>
            <numerusform>将一组中的 %n 个样本改标为 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Label for %n sample(s):</source>
        <translation>
            <numerusform>%n 个样本的标签(&amp;L)：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, accepted</source>
        <translation>%1，已接受</translation>
    </message>
    <message>
        <source>%1, rejected</source>
        <translation>%1，已驳回</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>How the samples look is still being worked out: try again in a moment.</source>
        <translation>样本的外观特征仍在计算中：请稍后再试。</translation>
    </message>
    <message>
        <source>How the samples look is not known: open the look-alike groups (G) first.</source>
        <translation>尚不知道样本的外观特征：请先打开相似分组（G）。</translation>
    </message>
    <message>
        <source>No sample the machine labeled %1 is left undecided.</source>
        <translation>机器标为 %1 的样本已全部决定。</translation>
    </message>
    <message>
        <source>Comparing %1 undecided samples with the ones you decided…</source>
        <translation>正在将 %1 个未决定的样本与您已决定的样本比较…</translation>
    </message>
    <message>
        <source>None of the %1 undecided samples labeled %2 looks more like the ones you relabeled to %3 than like the others you decided.</source>
        <translation>标为 %2 的 %1 个未决定样本中，没有一个更像您改标为 %3 的样本而不像您以其他方式决定的样本。</translation>
    </message>
    <message>
        <source>%1 of the %2 undecided samples the machine labeled %3 look more like the %4 you relabeled to %5 than like the %6 others you decided.

Relabel them to %5 in one step? (Undo takes it back.)</source>
        <translation>机器标为 %3 的 %2 个未决定样本中，有 %1 个更像您改标为 %5 的 %4 个样本，而不像您以其他方式决定的 %6 个。

一步将它们改标为 %5 吗？（可撤销。）</translation>
    </message>
    <message>
        <source>Relabel look-alikes</source>
        <translation>改标相似样本</translation>
    </message>
    <message numerus="yes">
        <source>Relabel %n sample(s)</source>
        <translation>
            <numerusform>改标 %n 个样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabel %n look-alike(s) of %1 to %2</source>
        <translation>
            <numerusform>将 %1 的 %n 个相似样本改标为 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabeled %n sample(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个样本改标为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Auditing %p%</source>
        <translation>审查中 %p%</translation>
    </message>
    <message>
        <source>This review has confirmed no label yet: confirm some first, or use Suspect labels… on the dataset page for all of them.</source>
        <translation>本次审核尚未确认任何标签：请先确认一些，或在数据集页面用“可疑标签…”审查全部标签。</translation>
    </message>
</context>
<context>
    <name>ReviewProgressChart</name>
    <message>
        <source>Review progress per label</source>
        <translation>各标签的审核进度</translation>
    </message>
    <message>
        <source>%1: %2 confirmed, %3 decided, %4 left</source>
        <translation>%1：已确认 %2，已决定 %3，剩余 %4</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>left</source>
        <translation>剩余</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>The review journal %1 cannot be opened: %2</source>
        <translation>无法打开审核日志 %1：%2</translation>
    </message>
    <message>
        <source>Decisions cannot be kept: there is no review journal. %1</source>
        <translation>无法保存决定：没有审核日志。%1</translation>
    </message>
    <message>
        <source>The decision was not stored: %1</source>
        <translation>决定未能保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n sample(s)</source>
        <translation>
            <numerusform>接受 %n 个样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabel %n sample(s) to %1</source>
        <translation>
            <numerusform>将 %n 个样本改标为 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n sample(s)</source>
        <translation>
            <numerusform>拒绝 %n 个样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n decision(s)</source>
        <translation>
            <numerusform>清除 %n 个决定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n sample(s) above the threshold</source>
        <translation>
            <numerusform>接受阈值以上的 %n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <source>Not logged in: log in again, then send.</source>
        <translation>未登录：请重新登录后再发送。</translation>
    </message>
    <message>
        <source>The last decision is still being saved: decide again in a moment.</source>
        <translation>上一个决定仍在保存：请稍后再决定。</translation>
    </message>
    <message>
        <source>The last decision is still being saved: send again in a moment.</source>
        <translation>上一个决定仍在保存：请稍后再发送。</translation>
    </message>
    <message>
        <source>The spot-check is still being drawn: decide again in a moment.</source>
        <translation>抽检样本仍在抽取中：请稍后再做决定。</translation>
    </message>
    <message>
        <source>The last decision is still being saved: start the spot-check in a moment.</source>
        <translation>上一个决定仍在保存：请稍后再开始抽检。</translation>
    </message>
    <message>
        <source>There is nothing to check in this scope.</source>
        <translation>此范围内没有可检查的样本。</translation>
    </message>
    <message>
        <source>The spot-check was not stored: %1</source>
        <translation>抽检未能保存：%1</translation>
    </message>
    <message>
        <source>%1 is drawn in the spot-check: answer it (reject a broken image) or discard the check first.</source>
        <translation>%1 是抽检抽中的样本：请先作答（损坏的图片请拒绝），或先放弃抽检。</translation>
    </message>
    <message>
        <source>Not logged in: log in again, then delete.</source>
        <translation>未登录：请重新登录后再删除。</translation>
    </message>
    <message>
        <source>Labels are being sent: delete when the confirmation has ended.</source>
        <translation>正在发送标签：请在确认结束后再删除。</translation>
    </message>
</context>
<context>
    <name>ReviewSpotCheck</name>
    <message>
        <source>The spot-check was not stored: %1</source>
        <translation>抽检未能保存：%1</translation>
    </message>
</context>
<context>
    <name>SampleDelegate</name>
    <message>
        <source>Cannot load the image</source>
        <translation>无法加载图片</translation>
    </message>
    <message>
        <source>✓ Accepted</source>
        <translation>✓ 已接受</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>✗ Rejected</source>
        <translation>✗ 已拒绝</translation>
    </message>
    <message>
        <source>! Refused</source>
        <translation>! 被拒绝</translation>
    </message>
    <message>
        <source>✓ Confirmed</source>
        <translation>✓ 已确认</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>难例</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>置信度 %1</translation>
    </message>
</context>
<context>
    <name>SampleDetailPane</name>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Relabeled to</source>
        <translation>改标为</translation>
    </message>
    <message>
        <source>Predicted: &lt;b&gt;%1&lt;/b&gt;, score %2</source>
        <translation>预测：&lt;b&gt;%1&lt;/b&gt;，置信度 %2</translation>
    </message>
    <message>
        <source>Hard example, coefficient %1:</source>
        <translation>难例，系数 %1：</translation>
    </message>
    <message>
        <source>Not a hard example</source>
        <translation>不是难例</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2 px, %n channel(s)</source>
        <translation>
            <numerusform>%1 × %2 像素，%n 个通道</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Refused by the service: %1</source>
        <translation>被服务拒绝：%1</translation>
    </message>
    <message>
        <source>Decision: accepted as %1</source>
        <translation>决定：接受为 %1</translation>
    </message>
    <message>
        <source>Decision: relabeled to %1</source>
        <translation>决定：改标为 %1</translation>
    </message>
    <message>
        <source>Decision: rejected (back to unlabeled)</source>
        <translation>决定：拒绝（退回未标注）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>无法显示图片：%1</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>The samples shown (the filters apply), by predicted label</source>
        <translation>当前显示的样本（已应用筛选），按预测标签统计</translation>
    </message>
    <message>
        <source>Deleted from the dataset</source>
        <translation>已从数据集中删除</translation>
    </message>
    <message>
        <source>Labeled: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>标签：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Questioned, suspicion %1 (a reason to look, not a verdict):</source>
        <translation>存疑，可疑度 %1（值得一看的理由，不是结论）：</translation>
    </message>
    <message>
        <source>The evidence points to: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>证据指向：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Decision: kept as %1</source>
        <translation>决定：保留为 %1</translation>
    </message>
    <message>
        <source>Labeled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>The samples shown (the filters apply), by the label they were given</source>
        <translation>所显示的样本（按筛选条件），按其已有标签统计</translation>
    </message>
</context>
<context>
    <name>SampleGrid</name>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
</context>
<context>
    <name>SampleListModel</name>
    <message>
        <source>%1
%2, score %3</source>
        <translation>%1
%2，置信度 %3</translation>
    </message>
</context>
<context>
    <name>SampleViewer</name>
    <message>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Fit (F)</source>
        <translation>适应窗口 (F)</translation>
    </message>
    <message>
        <source>100 % (0)</source>
        <translation>100% (0)</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← 上一个</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>下一个 →</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>对比标签：</translation>
    </message>
    <message>
        <source>No sample is selected.</source>
        <translation>未选择样本。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>无法显示图片：%1</translation>
    </message>
    <message>
        <source>Labeled as %1 (predicted):</source>
        <translation>已标注为 %1（预测标签）：</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>relabeled to %1</source>
        <translation>已改标为 %1</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>%1 · predicted %2 (%3) · %4</source>
        <translation>%1 · 预测 %2（%3）· %4</translation>
    </message>
    <message>
        <source>Labeled samples cannot be listed: %1</source>
        <translation>无法列出已标注样本：%1</translation>
    </message>
    <message>
        <source>No labeled samples under %1 yet.</source>
        <translation>%1 下还没有已标注样本。</translation>
    </message>
</context>
<context>
    <name>ServiceCodes</name>
    <message>
        <source>The task is being prepared.</source>
        <translation>任务正在准备中。</translation>
    </message>
    <message>
        <source>The labeling job is prepared.</source>
        <translation>标注作业已准备就绪。</translation>
    </message>
    <message>
        <source>The labeling job is submitted; waiting for it to finish.</source>
        <translation>标注作业已提交，正在等待其完成。</translation>
    </message>
    <message>
        <source>The labeling job has run; its results are being collected.</source>
        <translation>标注作业已运行完毕，正在收集结果。</translation>
    </message>
    <message>
        <source>The task finished successfully.</source>
        <translation>任务已成功完成。</translation>
    </message>
    <message>
        <source>The service found a parameter of the request wrong.</source>
        <translation>服务认为请求中的某个参数有误。</translation>
    </message>
    <message>
        <source>This user has no permission for that.</source>
        <translation>该用户没有执行此操作的权限。</translation>
    </message>
    <message>
        <source>The dataset or labeling job does not exist (any more).</source>
        <translation>数据集或标注作业不存在（或已被删除）。</translation>
    </message>
    <message>
        <source>The dataset does not exist (any more).</source>
        <translation>数据集不存在（或已被删除）。</translation>
    </message>
    <message>
        <source>An auto-labeling task is already running on this dataset.</source>
        <translation>此数据集上已有一个智能标注任务在运行。</translation>
    </message>
    <message>
        <source>The task failed.</source>
        <translation>任务失败。</translation>
    </message>
    <message>
        <source>The task was stopped.</source>
        <translation>任务已停止。</translation>
    </message>
    <message>
        <source>Too many requests to the dataset: the service asks to slow down.</source>
        <translation>对数据集的请求过多：服务要求放慢速度。</translation>
    </message>
    <message>
        <source>The dataset has no labels: auto-labeling needs some.</source>
        <translation>数据集没有标签：智能标注需要标签。</translation>
    </message>
    <message>
        <source>Auto-labeling needs labels with at least five labeled images each.</source>
        <translation>智能标注要求每个标签至少有五张已标注图片。</translation>
    </message>
    <message>
        <source>The dataset has no unlabeled images to auto-label.</source>
        <translation>数据集中没有可智能标注的未标注图片。</translation>
    </message>
    <message>
        <source>The dataset has labels of another shape than whole-image classes.</source>
        <translation>数据集中有非整图分类形状的标签。</translation>
    </message>
    <message>
        <source>Too many tasks are running: wait for one to end.</source>
        <translation>运行中的任务过多：请等待某个任务结束。</translation>
    </message>
    <message>
        <source>The label does not exist in the dataset.</source>
        <translation>数据集中不存在该标签。</translation>
    </message>
    <message>
        <source>The sample does not exist (any more).</source>
        <translation>样本不存在（或已被删除）。</translation>
    </message>
    <message>
        <source>The login is no longer valid: log in again.</source>
        <translation>登录已失效：请重新登录。</translation>
    </message>
    <message>
        <source>The task does not exist (any more).</source>
        <translation>任务不存在（或已被删除）。</translation>
    </message>
    <message>
        <source>The task has not finished yet.</source>
        <translation>任务尚未完成。</translation>
    </message>
    <message>
        <source>The service does not allow this on this dataset (new-version datasets are labeled in labeling jobs).</source>
        <translation>服务不允许在此数据集上执行该操作（新版数据集通过标注作业标注）。</translation>
    </message>
    <message>
        <source>The labeling job does not exist.</source>
        <translation>标注作业不存在。</translation>
    </message>
    <message>
        <source>This labeling job&apos;s type does not support the operation.</source>
        <translation>该标注作业的类型不支持此操作。</translation>
    </message>
    <message>
        <source>The dataset is being published: wait until the version is ready.</source>
        <translation>数据集正在发布：请等待版本就绪。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The service refused the request because this computer&apos;s clock differs from the service&apos;s by more than 15 minutes. Correct the clock, then log in again.</source>
        <translation>服务拒绝了请求：本机时钟与服务端相差超过 15 分钟。请校准时钟后重新登录。</translation>
    </message>
    <message>
        <source>The AK/SK signature was refused: check the access key and the secret key.</source>
        <translation>AK/SK 签名被拒绝：请检查访问密钥 ID（AK）和私有访问密钥（SK）。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The session has expired: log in again.</source>
        <translation>会话已过期：请重新登录。</translation>
    </message>
    <message>
        <source>The credentials were refused: %1</source>
        <translation>凭证被拒绝：%1</translation>
    </message>
    <message>
        <source>Access denied: %1</source>
        <translation>访问被拒绝：%1</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is not trusted (%1). For a private endpoint, choose its CA certificate.</source>
        <translation>服务的证书不受信任（%1）。如果是私有终端节点，请选择它的 CA 证书。</translation>
    </message>
    <message>
        <source>The service cannot be reached: %1. Check the endpoint and the network.</source>
        <translation>无法连接服务：%1。请检查终端节点和网络。</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again later.</source>
        <translation>服务未及时响应，请稍后重试。</translation>
    </message>
    <message>
        <source>The service sent an unsafe redirect: %1</source>
        <translation>服务返回了不安全的重定向：%1</translation>
    </message>
    <message>
        <source>The service answered in an unexpected way: %1</source>
        <translation>服务的响应不符合预期：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The service refused the request: %1</source>
        <translation>服务拒绝了请求：%1</translation>
    </message>
    <message>
        <source>AK %1 / project %2</source>
        <translation>AK %1 / 项目 %2</translation>
    </message>
    <message>
        <source>%1 @ %2 / %3</source>
        <translation>%1 @ %2 / %3</translation>
    </message>
    <message>
        <source>A file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Too many wrong passwords: IAM has locked this user for a while. Try again later.</source>
        <translation>密码错误次数过多：IAM 已将该用户锁定一段时间。请稍后再试。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: IAM has locked this user for about %n minute(s). Try again after %1.</source>
        <translation>
            <numerusform>密码错误次数过多：IAM 已将该用户锁定约 %n 分钟。请在 %1 之后再试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is %n wrong password(s) in a row: IAM locks a user after a few (5 unless the administrator chose another number), so check it before the next try.</source>
        <translation>
            <numerusform>这已是连续第 %n 次密码错误：连续错误几次后 IAM 会锁定用户（默认 5 次，管理员可另行设定），请在下次尝试前核对密码。</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or password is wrong, and this computer&apos;s address has failed too many logins (perhaps someone else&apos;s on the same address): its failed logins are held back until %1. The right password is still accepted.</source>
        <translation>用户名或密码错误，且本机地址的登录失败次数过多（可能是同一地址上的其他人所致）：在 %1 之前，来自该地址的失败登录会被暂缓处理。正确的密码仍可登录。</translation>
    </message>
    <message>
        <source>This computer&apos;s address has failed too many logins, this user&apos;s among them: this user&apos;s logins from here are held back until %1. Other users may still log in.</source>
        <translation>本机地址的登录失败次数过多，其中包括该用户的失败登录：在 %1 之前，该用户从这里的登录会被暂缓处理。其他用户仍可登录。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Tile size in the grid</source>
        <translation>网格中的缩略图大小</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <source>Open the sample large</source>
        <translation>放大查看样本</translation>
    </message>
    <message>
        <source>Double-click, Z</source>
        <translation>双击、Z</translation>
    </message>
    <message>
        <source>Zoom the image at the pointer</source>
        <translation>以指针为中心缩放图片</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>滚轮</translation>
    </message>
    <message>
        <source>Move a zoomed image</source>
        <translation>移动放大的图片</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>拖动</translation>
    </message>
    <message>
        <source>Viewer: previous, next</source>
        <translation>查看器：上一个、下一个</translation>
    </message>
    <message>
        <source>←, →</source>
        <translation>←、→</translation>
    </message>
    <message>
        <source>Viewer: fit the image</source>
        <translation>查看器：适应窗口</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Viewer: actual size (100 %)</source>
        <translation>查看器：实际大小（100 %）</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keyboard shortcuts&lt;/b&gt; — any key closes this</source>
        <translation>&lt;b&gt;键盘快捷键&lt;/b&gt;——按任意键关闭</translation>
    </message>
</context>
<context>
    <name>SpotCheckDialog</name>
    <message>
        <source>Spot-check the machine&apos;s labels</source>
        <translation>抽检机器标注</translation>
    </message>
    <message>
        <source>A random sample, drawn per label and score band, tells how many of the machine&apos;s labels are wrong before you accept them. Accepting a drawn sample means the machine was right; relabeling or rejecting it means it was wrong.</source>
        <translation>按标签和置信度区间抽取随机样本，在接受机器标注之前就能知道其中有多少是错的。接受抽中的样本表示机器标对了；改标或拒绝表示机器标错了。</translation>
    </message>
    <message>
        <source>Undecided samples a &amp;threshold would accept, at a score of at least</source>
        <translation>阈值会接受的未决定样本(&amp;T)，置信度至少为</translation>
    </message>
    <message>
        <source>Score threshold</source>
        <translation>置信度阈值</translation>
    </message>
    <message>
        <source>Include &amp;hard examples</source>
        <translation>包括难例(&amp;H)</translation>
    </message>
    <message>
        <source>Target precision</source>
        <translation>目标正确率</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>误差范围</translation>
    </message>
    <message>
        <source>The same seed over the same samples draws the same sample.</source>
        <translation>对相同的样本使用相同的种子，会抽出相同的样本。</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <source>at 95 % confidence</source>
        <translation>置信水平 95 %</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>种子(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Draw and start</source>
        <translation>抽样并开始(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undecided samples (%1)</source>
        <translation>未决定的样本（%1）(&amp;U)</translation>
    </message>
    <message>
        <source>undecided samples</source>
        <translation>未决定的样本</translation>
    </message>
    <message>
        <source>undecided samples with a score of at least %1</source>
        <translation>置信度至少为 %1 的未决定样本</translation>
    </message>
    <message>
        <source>undecided samples with a score of at least %1, hard examples left out</source>
        <translation>置信度至少为 %1 的未决定样本（不含难例）</translation>
    </message>
    <message>
        <source>There is nothing to check in this scope.</source>
        <translation>此范围内没有可检查的样本。</translation>
    </message>
    <message>
        <source>About %1 samples to check, of %2 in the scope (%3 %). Each label gets its own sample, so that its estimate holds too.</source>
        <translation>约需检查 %1 个样本，范围内共 %2 个（%3 %）。每个标签单独抽样，使每个标签的估计也成立。</translation>
    </message>
    <message>
        <source>Tar&amp;get precision:</source>
        <translation>目标正确率(&amp;G)：</translation>
    </message>
    <message>
        <source>That is most of the scope: reviewing all %1 costs only %2 more looks and checks every label instead of estimating. Consider Cancel and reviewing them in the grid, hard examples first.</source>
        <translation>这已是范围内的大部分样本：全部审核这 %1 个只需多看 %2 个，而且每个标签都是逐一检查而非估计。可以考虑取消，在网格中逐一审核（难例优先）。</translation>
    </message>
</context>
<context>
    <name>SpotCheckPanel</name>
    <message>
        <source>&lt;b&gt;Spot-check&lt;/b&gt;</source>
        <translation>&lt;b&gt;抽检&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checked %v of %m</source>
        <translation>已检查 %v / %m</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>Dra&amp;wn samples only</source>
        <translation>仅显示抽中样本(&amp;W)</translation>
    </message>
    <message>
        <source>The grid shows only the drawn samples, in the order to check them</source>
        <translation>网格只显示抽中的样本，按检查顺序排列</translation>
    </message>
    <message>
        <source>Draw &amp;more</source>
        <translation>再抽一些(&amp;M)</translation>
    </message>
    <message>
        <source>Half again as many, in every label and score band: a narrower interval</source>
        <translation>在每个标签和置信度区间再多抽一半：区间更窄</translation>
    </message>
    <message>
        <source>T&amp;hresholds…</source>
        <translation>阈值(&amp;H)…</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>放弃(&amp;I)</translation>
    </message>
    <message>
        <source>Forget the check and its estimate (the decisions stay)</source>
        <translation>丢弃此次抽检及其估计（已做的决定保留）</translation>
    </message>
    <message>
        <source>Scope: %1 (%2). Target %3 ± %4.</source>
        <translation>范围：%1（%2）。目标 %3 ± %4。</translation>
    </message>
    <message>
        <source>Precision of the machine&apos;s labels: %1; %2.</source>
        <translation>机器标注的正确率：%1；%2。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Every sample of the scope is drawn already.</source>
        <translation>范围内的样本已全部抽中。</translation>
    </message>
    <message numerus="yes">
        <source>%n more sample(s) drawn.</source>
        <translation>
            <numerusform>又抽取了 %n 个样本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the spot-check</source>
        <translation>放弃抽检</translation>
    </message>
    <message>
        <source>Forget the drawn sample and its estimate? Your decisions stay.</source>
        <translation>丢弃抽中的样本及其估计？你的决定会保留。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>%1 checked, %2 decided in bulk or by a threshold: not evidence (open each of them to check it).</source>
        <translation>已检查 %1 个，%2 个是批量或按阈值决定的：不算作证据（逐个打开才算检查）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The check is complete.&lt;/b&gt; Take the thresholds its evidence supports (Thresholds…) to accept the rest of each label, or turn off “Drawn samples only” to review the others.</source>
        <translation>&lt;b&gt;抽检已完成。&lt;/b&gt;可采用证据支持的阈值（“阈值…”）接受各标签的其余样本，或关闭“仅显示抽中样本”审核其余样本。</translation>
    </message>
    <message>
        <source>Spot-check complete: every drawn sample is checked. Thresholds… accepts what the evidence supports.</source>
        <translation>抽检已完成：所有抽中的样本都已检查。“阈值…”可接受证据支持的样本。</translation>
    </message>
    <message>
        <source>Precision
(95 %)</source>
        <translation>正确率（95 %）</translation>
    </message>
    <message>
        <source>Wrong
(95 %)</source>
        <translation>错误数（95 %）</translation>
    </message>
    <message>
        <source>Suggested
threshold</source>
        <translation>建议阈值</translation>
    </message>
    <message>
        <source>Round %1. Precision of the machine&apos;s labels before it: %2 (spot-check of %3).</source>
        <translation>第 %1 轮。本轮之前机器标注的正确率：%2（抽检范围：%3）。</translation>
    </message>
    <message>
        <source>Draw a spot-check of this round (Spot-check…) to see what it gained.</source>
        <translation>对本轮进行抽检（“抽检…”）即可看到本轮的提升。</translation>
    </message>
    <message>
        <source>This round: %1 (spot-check of %2).</source>
        <translation>本轮：%1（抽检范围：%2）。</translation>
    </message>
</context>
<context>
    <name>SpotCheckText</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>%1 (all checked)</source>
        <translation>%1（已全部检查）</translation>
    </message>
    <message>
        <source>%1 (%2: %3–%4)</source>
        <translation>%1（%2：%3–%4）</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s), none checked</source>
        <translation>
            <numerusform>%n 个样本，均未检查</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 wrong of %2</source>
        <translation>%2 个中错 %1 个</translation>
    </message>
    <message>
        <source>about %1 wrong of %2 (%3: %4–%5)</source>
        <translation>%2 个中约错 %1 个（%3：%4–%5）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>too few checked</source>
        <translation>检查得太少</translation>
    </message>
    <message>
        <source>none reaches the target</source>
        <translation>没有达到目标的阈值</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>没有样本</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1（%2–%3）</translation>
    </message>
    <message>
        <source>about %1 (%2–%3)</source>
        <translation>约 %1（%2–%3）</translation>
    </message>
</context>
<context>
    <name>StartTaskDialog</name>
    <message>
        <source>Start auto-labeling</source>
        <translation>启动智能标注</translation>
    </message>
    <message>
        <source>Auto-label the unlabeled images of &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>对 &lt;b&gt;%1&lt;/b&gt; 的未标注图片进行智能标注。</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>快速型(&amp;F)</translation>
    </message>
    <message>
        <source>Learns from the labeled images only. Quick; good when every label has enough examples.</source>
        <translation>只从已标注图片学习。速度快，适合每种标签都有足够样例的情况。</translation>
    </message>
    <message>
        <source>&amp;Accurate</source>
        <translation>精准型(&amp;A)</translation>
    </message>
    <message>
        <source>Also learns from the unlabeled images (semi-supervised). Slower, usually more accurate.</source>
        <translation>同时从未标注图片学习（半监督）。速度较慢，通常更准确。</translation>
    </message>
    <message>
        <source>Collect &amp;hard examples (recommended: they are reviewed first)</source>
        <translation>收集难例(&amp;H)（推荐：难例会优先审核）</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SuspectAudit</name>
    <message>
        <source>the same image as %1, labeled %2</source>
        <translation>与 %1 是同一张图像，而它标为 %2</translation>
    </message>
    <message>
        <source>%1 of its %2 nearest look-alikes are labeled %3</source>
        <translation>它最相似的 %2 个样本中有 %1 个标为 %3</translation>
    </message>
    <message>
        <source>a model trained without it gives %1 %2 and %3 %4</source>
        <translation>不含它训练的模型给出 %1 %2、%3 %4</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The labels could not be audited: at least two labels with samples are needed.</source>
        <translation>无法审查标签：至少需要两个有样本的标签。</translation>
    </message>
</context>
<context>
    <name>SuspectSource</name>
    <message>
        <source>The labels could not be audited.</source>
        <translation>无法审查标签。</translation>
    </message>
</context>
<context>
    <name>TaskProgressView</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>初始化中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation>任务进度</translation>
    </message>
    <message>
        <source>Task stages</source>
        <translation>任务阶段</translation>
    </message>
    <message>
        <source>&amp;Datasets</source>
        <translation>数据集(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;top task</source>
        <translation>停止任务(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the task</source>
        <translation>停止任务</translation>
    </message>
    <message>
        <source>Stop this auto-labeling task? Its results so far are discarded.</source>
        <translation>要停止这个智能标注任务吗？目前的结果将被丢弃。</translation>
    </message>
    <message>
        <source>&amp;Review the results</source>
        <translation>审核结果(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — task %2, started %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 任务 %2，开始于 %3</translation>
    </message>
    <message>
        <source>%1 · %2 elapsed</source>
        <translation>%1 · 已用时 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>%1 images, %2 labeled, %3 to confirm</source>
        <translation>共 %1 张图片，已标注 %2 张，待确认 %3 张</translation>
    </message>
    <message>
        <source>&amp;Stop the task</source>
        <translation>停止任务(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep it running</source>
        <translation>继续运行(&amp;K)</translation>
    </message>
    <message>
        <source>Stopped at %p%</source>
        <translation>已停止于 %p%</translation>
    </message>
    <message>
        <source>Failed at %p%</source>
        <translation>失败于 %p%</translation>
    </message>
    <message>
        <source>The service says: %1</source>
        <translation>服务原文：%1</translation>
    </message>
    <message>
        <source>%1 images, %2 labeled; its labels come to confirm when it ends</source>
        <translation>%1 张图片，已标注 %2 张；任务结束后其标签才可确认</translation>
    </message>
    <message>
        <source>The stop came too late: the task had already finished.</source>
        <translation>停止来得太晚：任务已经完成。</translation>
    </message>
    <message>
        <source>The stop came too late: the task had already ended.</source>
        <translation>停止来得太晚：任务已经结束。</translation>
    </message>
</context>
<context>
    <name>ThresholdDialog</name>
    <message>
        <source>Accept above a threshold</source>
        <translation>按阈值接受</translation>
    </message>
    <message>
        <source>Score threshold</source>
        <translation>置信度阈值</translation>
    </message>
    <message>
        <source>A threshold &amp;per label</source>
        <translation>每个标签单独设阈值(&amp;P)</translation>
    </message>
    <message>
        <source>Include &amp;hard examples</source>
        <translation>包括难例(&amp;H)</translation>
    </message>
    <message>
        <source>Hard examples are the ones the model doubts: by default they are left for a person to look at.</source>
        <translation>难例是模型拿不准的样本：默认留给人来查看。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Would accept</source>
        <translation>将接受</translation>
    </message>
    <message>
        <source>Threshold for %1</source>
        <translation>%1 的阈值</translation>
    </message>
    <message>
        <source>Accept undecided samples with a score of at &amp;least</source>
        <translation>接受置信度至少为此值的未决定样本(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%n undecided sample(s) would be accepted. Undo takes them all back in one step.</source>
        <translation>
            <numerusform>将接受 %n 个未决定的样本。撤销一步即可全部收回。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the &amp;suggested thresholds</source>
        <translation>使用建议阈值(&amp;S)</translation>
    </message>
    <message>
        <source>Per label, the lowest score threshold at which the spot-check&apos;s 95 % lower bound of the precision reaches the target less its margin; a label without one is set to 1.00.</source>
        <translation>每个标签取最低的置信度阈值，使抽检得出的正确率 95 % 下限达到目标减去误差范围；没有建议阈值的标签设为 1.00。</translation>
    </message>
    <message>
        <source>Wrong among them</source>
        <translation>其中错误</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Precision (spot-check, 95 %)</source>
        <translation>正确率（抽检，95 %）</translation>
    </message>
</context>
<context>
    <name>ThumbnailFetcher</name>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>无法读取图片：%1</translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <source>HTTP %1 from the image service</source>
        <translation>图片服务返回 HTTP %1</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>&amp;Publish a version…</source>
        <translation>发布版本(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>已发布的版本</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Labeled / images</source>
        <translation>已标注 / 图片数</translation>
    </message>
    <message>
        <source>Train share</source>
        <translation>训练比例</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest 文件</translation>
    </message>
    <message>
        <source>Published versions (for training):</source>
        <translation>已发布的版本（用于训练）：</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>发布中</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>无法读取版本列表：%1</translation>
    </message>
    <message>
        <source>The newest version failed: %1</source>
        <translation>最新版本发布失败：%1</translation>
    </message>
    <message>
        <source>No version yet: publish one to train on the confirmed labels.</source>
        <translation>还没有版本：发布一个版本即可用已确认的标签训练。</translation>
    </message>
    <message>
        <source>Publishing %1…</source>
        <translation>正在发布 %1…</translation>
    </message>
    <message>
        <source>No confirmed labels yet.</source>
        <translation>还没有已确认的标签。</translation>
    </message>
</context>
<context>
    <name>WorkflowController</name>
    <message>
        <source>The samples of %1 that were being sent cannot be sent now: %2</source>
        <translation>%1 中正在发送的样本现在无法发送：%2</translation>
    </message>
    <message>
        <source>Only image-classification datasets can be auto-labeled here.</source>
        <translation>这里只能对图像分类数据集进行智能标注。</translation>
    </message>
    <message numerus="yes">
        <source>%n refused: %1</source>
        <translation>
            <numerusform>%n 张被拒绝：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZoomImageView</name>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
</context>
</TS>
