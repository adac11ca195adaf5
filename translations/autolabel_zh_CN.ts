<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>ModelArtsClient</name>
    <message>
        <source>No credentials: log in first.</source>
        <translation>没有凭证：请先登录。</translation>
    </message>
    <message>
        <source>The answer to %1 is not what the API documents: %2</source>
        <translation>%1 的响应不符合 API 文档：%2</translation>
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
</context>
</TS>
