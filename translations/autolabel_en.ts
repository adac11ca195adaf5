<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiConnection</name>
    <message>
        <source>The answer to %1 is not what the API documents: %2</source>
        <translation>The answer to %1 is not what the API documents: %2</translation>
    </message>
    <message>
        <source>No credentials: log in first.</source>
        <translation>No credentials: log in first.</translation>
    </message>
</context>
<context>
    <name>ApiTransport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM or DER certificate.</source>
        <translation>%1 holds no PEM or DER certificate.</translation>
    </message>
</context>
<context>
    <name>BatchUpdateJob</name>
    <message>
        <source>Not sent: cancelled</source>
        <translation>Not sent: cancelled</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm labels</source>
        <translation>Confirm labels</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Relabeled to it</source>
        <translation>Relabeled to it</translation>
    </message>
    <message>
        <source>Rejected (to unlabeled)</source>
        <translation>Rejected (to unlabeled)</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>Why the service refused it</source>
        <translation>Why the service refused it</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) confirmed.</source>
        <translation>
            <numerusform>%n sample confirmed.</numerusform>
            <numerusform>%n samples confirmed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: what was not sent stays decided.</source>
        <translation>Cancelled: what was not sent stays decided.</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Send again</translation>
    </message>
    <message>
        <source>Nothing is decided yet.</source>
        <translation>Nothing is decided yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n decided sample(s) will be sent to ModelArts as confirmed labels.</source>
        <translation>
            <numerusform>%n decided sample will be sent to ModelArts as confirmed labels.</numerusform>
            <numerusform>%n decided samples will be sent to ModelArts as confirmed labels.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>The service could not be reached (%1).</source>
        <translation>The service could not be reached (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) were confirmed before that.</source>
        <translation>
            <numerusform>%n sample was confirmed before that.</numerusform>
            <numerusform>%n samples were confirmed before that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were not sent: they stay decided and go by themselves when the service answers again, or now with Send again.</source>
        <translation>
            <numerusform>%n was not sent: it stays decided and goes by itself when the service answers again, or now with Send again.</numerusform>
            <numerusform>%n were not sent: they stay decided and go by themselves when the service answers again, or now with Send again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the service: they stay decided; correct them or send again.</source>
        <translation>
            <numerusform>%n refused by the service: it stays decided; correct it or send again.</numerusform>
            <numerusform>%n refused by the service: they stay decided; correct them or send again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spot-check of %1: the machine&apos;s labels are %2 right; %3.</source>
        <translation>Spot-check of %1: the machine&apos;s labels are %2 right; %3.</translation>
    </message>
    <message>
        <source>%v of %m answered by the service</source>
        <translation>%v of %m answered by the service</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
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
        <translation>%1–%2 % right (%3 checked)</translation>
    </message>
    <message>
        <source>%1 of the %2 decided samples the machine labeled %3 were accepted. Click to show them.</source>
        <translation>%1 of the %2 decided samples the machine labeled %3 were accepted. Click to show them.</translation>
    </message>
    <message>
        <source>%1 of the %2 decided samples the machine labeled %3 were rejected. Click to show them.</source>
        <translation>%1 of the %2 decided samples the machine labeled %3 were rejected. Click to show them.</translation>
    </message>
    <message>
        <source>%1 of the %2 decided samples the machine labeled %3 were relabeled to %4. Click to show them.</source>
        <translation>%1 of the %2 decided samples the machine labeled %3 were relabeled to %4. Click to show them.</translation>
    </message>
    <message>
        <source>Machine label</source>
        <translation>Machine label</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Spot-check (95 %)</source>
        <translation>Spot-check (95 %)</translation>
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
        <translation>Relabel look-alikes…</translation>
    </message>
    <message>
        <source>Confusions</source>
        <translation>Confusions</translation>
    </message>
    <message>
        <source>Choose a &quot;→ label&quot; cell: the undecided samples of its machine label that look more like the ones you relabeled than like the others you decided are proposed, to relabel in one step</source>
        <translation>Choose a &quot;→ label&quot; cell: the undecided samples of its machine label that look more like the ones you relabeled than like the others you decided are proposed, to relabel in one step</translation>
    </message>
    <message>
        <source>No decisions yet. As you accept, relabel and reject, each label the machine gave gets a row here, with what you decided of its samples.</source>
        <translation>No decisions yet. As you accept, relabel and reject, each label the machine gave gets a row here, with what you decided of its samples.</translation>
    </message>
    <message>
        <source>What the machine labeled (rows) against what you decided (columns), in this review: the labels changed most first when the view opened, new ones added at the end. Click a cell to show its samples in the grid.</source>
        <translation>What the machine labeled (rows) against what you decided (columns), in this review: the labels changed most first when the view opened, new ones added at the end. Click a cell to show its samples in the grid.</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <source>Search datasets</source>
        <translation>Search datasets</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datasets</translation>
    </message>
    <message>
        <source>Choose a dataset.</source>
        <translation>Choose a dataset.</translation>
    </message>
    <message>
        <source>Auto-labeling preconditions</source>
        <translation>Auto-labeling preconditions</translation>
    </message>
    <message>
        <source>&amp;Start auto-labeling…</source>
        <translation>&amp;Start auto-labeling…</translation>
    </message>
    <message>
        <source>Labeled images per label:</source>
        <translation>Labeled images per label:</translation>
    </message>
    <message>
        <source>Before auto-labeling:</source>
        <translation>Before auto-labeling:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 images, %3 labeled, %4 to confirm</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 images, %3 labeled, %4 to confirm</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Only image-classification datasets can be auto-labeled here.</source>
        <translation>Only image-classification datasets can be auto-labeled here.</translation>
    </message>
    <message>
        <source>This is not an image-classification dataset: it cannot be auto-labeled here.</source>
        <translation>This is not an image-classification dataset: it cannot be auto-labeled here.</translation>
    </message>
    <message>
        <source>Fix what is marked, then refresh.</source>
        <translation>Fix what is marked, then refresh.</translation>
    </message>
    <message>
        <source>&amp;Watch the running task</source>
        <translation>&amp;Watch the running task</translation>
    </message>
    <message>
        <source>Every image is labeled: there is nothing to auto-label. Publish a version to train on them.</source>
        <translation>Every image is labeled: there is nothing to auto-label. Publish a version to train on them.</translation>
    </message>
    <message numerus="yes">
        <source>Review the finished &amp;task (%n to confirm)</source>
        <translation>
            <numerusform>Review the finished &amp;task (%n to confirm)</numerusform>
            <numerusform>Review the finished &amp;task (%n to confirm)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete the %n 4-channel image(s)…</source>
        <translation>
            <numerusform>&amp;Delete the %n 4-channel image…</numerusform>
            <numerusform>&amp;Delete the %n 4-channel images…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the 4-channel images</source>
        <translation>Delete the 4-channel images</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s) with an alpha channel from %1? They leave the dataset (their files are kept); an auto-label task can then start. Convert them to RGB and import them again to keep them in the dataset.</source>
        <translation>
            <numerusform>Delete %n image with an alpha channel from %1? They leave the dataset (their files are kept); an auto-label task can then start. Convert them to RGB and import them again to keep them in the dataset.</numerusform>
            <numerusform>Delete %n images with an alpha channel from %1? They leave the dataset (their files are kept); an auto-label task can then start. Convert them to RGB and import them again to keep them in the dataset.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Suspect &amp;labels…</source>
        <translation>Suspect &amp;labels…</translation>
    </message>
    <message>
        <source>Audit the labels already given and review the ones that look wrong, most suspect first: keep, relabel or reject each. A suspect is a reason to look, not a verdict.</source>
        <translation>Audit the labels already given and review the ones that look wrong, most suspect first: keep, relabel or reject each. A suspect is a reason to look, not a verdict.</translation>
    </message>
</context>
<context>
    <name>DatasetTableModel</name>
    <message>
        <source>Image classification</source>
        <translation>Image classification</translation>
    </message>
    <message>
        <source>Object detection</source>
        <translation>Object detection</translation>
    </message>
    <message>
        <source>Image segmentation</source>
        <translation>Image segmentation</translation>
    </message>
    <message>
        <source>Text classification</source>
        <translation>Text classification</translation>
    </message>
    <message>
        <source>Sound classification</source>
        <translation>Sound classification</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Other (%1)</translation>
    </message>
    <message>
        <source>%1 (task running)</source>
        <translation>%1 (task running)</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Labeled</source>
        <translation>Labeled</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>To confirm</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>A dataset of ModelArts&apos; new version: it is labeled by labeling jobs, whose API is not published. This workflow (auto-labeling in Data Management, old version) cannot start tasks or confirm labels on it; use the ModelArts console.</source>
        <translation>A dataset of ModelArts&apos; new version: it is labeled by labeling jobs, whose API is not published. This workflow (auto-labeling in Data Management, old version) cannot start tasks or confirm labels on it; use the ModelArts console.</translation>
    </message>
    <message>
        <source>%1 (new version: not supported)</source>
        <translation>%1 (new version: not supported)</translation>
    </message>
</context>
<context>
    <name>EventTreeModel</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <source>Auto-labeling</source>
        <translation>Auto-labeling</translation>
    </message>
    <message>
        <source>Create the training job</source>
        <translation>Create the training job</translation>
    </message>
    <message>
        <source>Wait for resources</source>
        <translation>Wait for resources</translation>
    </message>
    <message>
        <source>Train and label</source>
        <translation>Train and label</translation>
    </message>
    <message>
        <source>Training job completed</source>
        <translation>Training job completed</translation>
    </message>
    <message>
        <source>Store the results</source>
        <translation>Store the results</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Elapsed</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Not run</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Export the confirmed labels of %1</source>
        <translation>Export the confirmed labels of %1</translation>
    </message>
    <message>
        <source>ModelArts &amp;manifest (JSON Lines, for training on ModelArts)</source>
        <translation>ModelArts &amp;manifest (JSON Lines, for training on ModelArts)</translation>
    </message>
    <message>
        <source>One &amp;folder per label, with the images</source>
        <translation>One &amp;folder per label, with the images</translation>
    </message>
    <message>
        <source>A run that was stopped can be run again: what is complete is kept.</source>
        <translation>A run that was stopped can be run again: what is complete is kept.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>Fol&amp;der:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Choose a folder to export to.</source>
        <translation>Choose a folder to export to.</translation>
    </message>
    <message>
        <source>Listing the confirmed labels…</source>
        <translation>Listing the confirmed labels…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>%1 of %2 images</source>
        <translation>%1 of %2 images</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n files are complete; export again to go on.</source>
        <translation>
            <numerusform>Cancelled: %n file is complete; export again to go on.</numerusform>
            <numerusform>Cancelled: %n files are complete; export again to go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1 %n files are complete; export again to go on.</source>
        <translation>
            <numerusform>Stopped: %1 %n file is complete; export again to go on.</numerusform>
            <numerusform>Stopped: %1 %n files are complete; export again to go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done, but %n images were refused by the service: %1</source>
        <translation>
            <numerusform>Done, but %n image was refused by the service: %1</numerusform>
            <numerusform>Done, but %n images were refused by the service: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;CSV (file, label, the label&apos;s stored score, labeled by, the sample&apos;s time in UTC)</source>
        <translation>&amp;CSV (file, label, the label&apos;s stored score, labeled by, the sample&apos;s time in UTC)</translation>
    </message>
    <message>
        <source>Replace the earlier export?</source>
        <translation>Replace the earlier export?</translation>
    </message>
    <message>
        <source>%1 is there already, from an earlier export. Replace it with the labels as they are now?</source>
        <translation>%1 is there already, from an earlier export. Replace it with the labels as they are now?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nothing was written: choose another folder, or export again and replace.</source>
        <translation>Nothing was written: choose another folder, or export again and replace.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n confirmed sample(s),</source>
        <translation>
            <numerusform>Done: %n confirmed sample,</numerusform>
            <numerusform>Done: %n confirmed samples,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written,</source>
        <translation>
            <numerusform>%n file written,</numerusform>
            <numerusform>%n files written,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already complete.</source>
        <translation>
            <numerusform>%n already complete.</numerusform>
            <numerusform>%n already complete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeatureJob</name>
    <message>
        <source>Too few of the images could be read to compare them.</source>
        <translation>Too few of the images could be read to compare them.</translation>
    </message>
    <message>
        <source>The look-alike cache could not be written: %1</source>
        <translation>The look-alike cache could not be written: %1</translation>
    </message>
    <message>
        <source>The look-alike cache could not be read (%1): it was set aside and is made again.</source>
        <translation>The look-alike cache could not be read (%1): it was set aside and is made again.</translation>
    </message>
    <message>
        <source>The look-alike cache could not be read (%1): the vectors are computed, but not kept.</source>
        <translation>The look-alike cache could not be read (%1): the vectors are computed, but not kept.</translation>
    </message>
</context>
<context>
    <name>HardReasonCatalog</name>
    <message>
        <source>No target was found in the image.</source>
        <translation>No target was found in the image.</translation>
    </message>
    <message>
        <source>The model is not confident about this label.</source>
        <translation>The model is not confident about this label.</translation>
    </message>
    <message>
        <source>Similar images (a clustering of the data) point to another label.</source>
        <translation>Similar images (a clustering of the data) point to another label.</translation>
    </message>
    <message>
        <source>The image is far from the training images of the predicted label.</source>
        <translation>The image is far from the training images of the predicted label.</translation>
    </message>
    <message>
        <source>Consecutive similar images got different labels.</source>
        <translation>Consecutive similar images got different labels.</translation>
    </message>
    <message>
        <source>Its resolution is unlike the training images.</source>
        <translation>Its resolution is unlike the training images.</translation>
    </message>
    <message>
        <source>Its aspect ratio is unlike the training images.</source>
        <translation>Its aspect ratio is unlike the training images.</translation>
    </message>
    <message>
        <source>Its brightness is unlike the training images.</source>
        <translation>Its brightness is unlike the training images.</translation>
    </message>
    <message>
        <source>Its saturation is unlike the training images.</source>
        <translation>Its saturation is unlike the training images.</translation>
    </message>
    <message>
        <source>Its colourfulness is unlike the training images.</source>
        <translation>Its colourfulness is unlike the training images.</translation>
    </message>
    <message>
        <source>Its sharpness is unlike the training images.</source>
        <translation>Its sharpness is unlike the training images.</translation>
    </message>
    <message>
        <source>The number of boxes is unlike the training images.</source>
        <translation>The number of boxes is unlike the training images.</translation>
    </message>
    <message>
        <source>The spread of box areas is unlike the training images.</source>
        <translation>The spread of box areas is unlike the training images.</translation>
    </message>
    <message>
        <source>The boxes&apos; aspect ratios are unlike the training images.</source>
        <translation>The boxes&apos; aspect ratios are unlike the training images.</translation>
    </message>
    <message>
        <source>The boxes&apos; share of the image is unlike the training images.</source>
        <translation>The boxes&apos; share of the image is unlike the training images.</translation>
    </message>
    <message>
        <source>The boxes lie unusually close to the edges.</source>
        <translation>The boxes lie unusually close to the edges.</translation>
    </message>
    <message>
        <source>The boxes&apos; brightness is unlike the training images.</source>
        <translation>The boxes&apos; brightness is unlike the training images.</translation>
    </message>
    <message>
        <source>The boxes&apos; sharpness is unlike the training images.</source>
        <translation>The boxes&apos; sharpness is unlike the training images.</translation>
    </message>
    <message>
        <source>The boxes overlap unlike the training images.</source>
        <translation>The boxes overlap unlike the training images.</translation>
    </message>
    <message>
        <source>A Gaussian blur of the image changes the prediction.</source>
        <translation>A Gaussian blur of the image changes the prediction.</translation>
    </message>
    <message>
        <source>Flipping the image left to right changes the prediction.</source>
        <translation>Flipping the image left to right changes the prediction.</translation>
    </message>
    <message>
        <source>Cropping the image changes the prediction.</source>
        <translation>Cropping the image changes the prediction.</translation>
    </message>
    <message>
        <source>Flipping the image upside down changes the prediction.</source>
        <translation>Flipping the image upside down changes the prediction.</translation>
    </message>
    <message>
        <source>Scaling the image changes the prediction.</source>
        <translation>Scaling the image changes the prediction.</translation>
    </message>
    <message>
        <source>Shifting the image changes the prediction.</source>
        <translation>Shifting the image changes the prediction.</translation>
    </message>
    <message>
        <source>Shearing the image changes the prediction.</source>
        <translation>Shearing the image changes the prediction.</translation>
    </message>
    <message>
        <source>A superpixel version of the image changes the prediction.</source>
        <translation>A superpixel version of the image changes the prediction.</translation>
    </message>
    <message>
        <source>Sharpening the image changes the prediction.</source>
        <translation>Sharpening the image changes the prediction.</translation>
    </message>
    <message>
        <source>Adding noise to the image changes the prediction.</source>
        <translation>Adding noise to the image changes the prediction.</translation>
    </message>
    <message>
        <source>Inverting the image changes the prediction.</source>
        <translation>Inverting the image changes the prediction.</translation>
    </message>
    <message>
        <source>The image is an outlier: unlike the rest of the dataset.</source>
        <translation>The image is an outlier: unlike the rest of the dataset.</translation>
    </message>
    <message>
        <source>Unknown reason %1.</source>
        <translation>Unknown reason %1.</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>Too many redirects.</source>
        <translation>Too many redirects.</translation>
    </message>
    <message>
        <source>Refused a redirect from HTTPS to %1.</source>
        <translation>Refused a redirect from HTTPS to %1.</translation>
    </message>
    <message>
        <source>No answer in time: %1</source>
        <translation>No answer in time: %1</translation>
    </message>
</context>
<context>
    <name>IamAuthenticator</name>
    <message>
        <source>Not logged in.</source>
        <translation>Not logged in.</translation>
    </message>
    <message>
        <source>The IAM answer is not a token: %1</source>
        <translation>The IAM answer is not a token: %1</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>LabelChart</name>
    <message>
        <source>Labeled images per label</source>
        <translation>Labeled images per label</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>LabelExporter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>LabelPicker</name>
    <message>
        <source>Choose a label</source>
        <translation>Choose a label</translation>
    </message>
    <message>
        <source>Type a part of the name, or a Chinese name&apos;s pinyin or initials</source>
        <translation>Type a part of the name, or a Chinese name&apos;s pinyin or initials</translation>
    </message>
    <message>
        <source>Used recently</source>
        <translation>Used recently</translation>
    </message>
    <message>
        <source>No label matches &quot;%1&quot;</source>
        <translation>No label matches &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 of %2 labels</source>
        <translation>%1 of %2 labels</translation>
    </message>
    <message>
        <source>Find a label (a part of the name, pinyin or initials)</source>
        <translation>Find a label (a part of the name, pinyin or initials)</translation>
    </message>
    <message>
        <source>%1   %2  (proposed)</source>
        <translation>%1   %2  (proposed)</translation>
    </message>
    <message>
        <source>Proposed for this sample by the classifier learnt from the labeled samples: key %1</source>
        <translation>Proposed for this sample by the classifier learnt from the labeled samples: key %1</translation>
    </message>
</context>
<context>
    <name>LabeledLookAlikesBox</name>
    <message>
        <source>With the dataset&apos;s labeled samples</source>
        <translation>With the dataset&apos;s labeled samples</translation>
    </message>
    <message>
        <source>Which labels the labeled images most like this one carry</source>
        <translation>Which labels the labeled images most like this one carry</translation>
    </message>
    <message>
        <source>Labeled look-alikes</source>
        <translation>Labeled look-alikes</translation>
    </message>
    <message>
        <source>The labeled samples could not be compared: %1</source>
        <translation>The labeled samples could not be compared: %1</translation>
    </message>
    <message>
        <source>Comparing the dataset&apos;s labeled samples (%1)…</source>
        <translation>Comparing the dataset&apos;s labeled samples (%1)…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The dataset has no labeled samples.</source>
        <translation>The dataset has no labeled samples.</translation>
    </message>
    <message>
        <source>No labeled sample could be compared with this one.</source>
        <translation>No labeled sample could be compared with this one.</translation>
    </message>
    <message>
        <source>%1 of its %2 nearest labeled samples are labeled %3.</source>
        <translation>%1 of its %2 nearest labeled samples are labeled %3.</translation>
    </message>
    <message>
        <source>(Compared with the first %1 of %2 labeled samples.)</source>
        <translation>(Compared with the first %1 of %2 labeled samples.)</translation>
    </message>
    <message>
        <source>Nearest labeled sample no. %1: %2, labeled %3</source>
        <translation>Nearest labeled sample no. %1: %2, labeled %3</translation>
    </message>
</context>
<context>
    <name>LabeledSamples</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The look-alikes have no cache folder.</source>
        <translation>The look-alikes have no cache folder.</translation>
    </message>
    <message>
        <source>Not logged in: log in again to compare the labeled samples.</source>
        <translation>Not logged in: log in again to compare the labeled samples.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to ModelArts</source>
        <translation>Log in to ModelArts</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>IAM user name</source>
        <translation>IAM user name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>the account (domain) the user belongs to</source>
        <translation>the account (domain) the user belongs to</translation>
    </message>
    <message>
        <source>usually the region, e.g. cn-north-4</source>
        <translation>usually the region, e.g. cn-north-4</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation>P&amp;roject:</translation>
    </message>
    <message>
        <source>IAM user</source>
        <translation>IAM user</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Access key ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Secret access key</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Project ID</translation>
    </message>
    <message>
        <source>Access &amp;key (AK):</source>
        <translation>Access &amp;key (AK):</translation>
    </message>
    <message>
        <source>&amp;Secret key (SK):</source>
        <translation>&amp;Secret key (SK):</translation>
    </message>
    <message>
        <source>Project &amp;ID:</source>
        <translation>Project &amp;ID:</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>Access key (AK/SK)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Custom endpoints (modelarts-local, private cloud)</source>
        <translation>Custom endpoints (modelarts-local, private cloud)</translation>
    </message>
    <message>
        <source>IAM endpoint</source>
        <translation>IAM endpoint</translation>
    </message>
    <message>
        <source>ModelArts endpoint</source>
        <translation>ModelArts endpoint</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>Extra CA certificate</translation>
    </message>
    <message>
        <source>optional: a PEM file for a private endpoint</source>
        <translation>optional: a PEM file for a private endpoint</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Choose a CA certificate file</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>IAM &amp;endpoint:</source>
        <translation>IAM &amp;endpoint:</translation>
    </message>
    <message>
        <source>&amp;ModelArts endpoint:</source>
        <translation>&amp;ModelArts endpoint:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA &amp;file:</translation>
    </message>
    <message>
        <source>Remem&amp;ber the password or secret key in the system keychain</source>
        <translation>Remem&amp;ber the password or secret key in the system keychain</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>No system keychain is available here (%1): the password is not remembered.</source>
        <translation>No system keychain is available here (%1): the password is not remembered.</translation>
    </message>
    <message>
        <source>Remember the password (no system keychain available)</source>
        <translation>Remember the password (no system keychain available)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The %1 needs http:// or https:// in front, as in https://%2.</source>
        <translation>The %1 needs http:// or https:// in front, as in https://%2.</translation>
    </message>
    <message>
        <source>The %1 is not a URL: %2</source>
        <translation>The %1 is not a URL: %2</translation>
    </message>
</context>
<context>
    <name>LookAlikePanel</name>
    <message>
        <source>Number of groups</source>
        <translation>Number of groups</translation>
    </message>
    <message>
        <source>Re&amp;group</source>
        <translation>Re&amp;group</translation>
    </message>
    <message>
        <source>Look-alike groups</source>
        <translation>Look-alike groups</translation>
    </message>
    <message>
        <source>Accept the group but the selected</source>
        <translation>Accept the group but the selected</translation>
    </message>
    <message>
        <source>Accept the machine&apos;s label for every sample of the group except those selected in the grid</source>
        <translation>Accept the machine&apos;s label for every sample of the group except those selected in the grid</translation>
    </message>
    <message>
        <source>Relabel the group…</source>
        <translation>Relabel the group…</translation>
    </message>
    <message>
        <source>Give the whole group, or the samples selected in it, one label</source>
        <translation>Give the whole group, or the samples selected in it, one label</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Groups:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Look-alikes: %1 of %2 images compared</source>
        <translation>Look-alikes: %1 of %2 images compared</translation>
    </message>
    <message>
        <source>Look-alikes: %1 of %2 images; the rest not yet compared</source>
        <translation>Look-alikes: %1 of %2 images; the rest not yet compared</translation>
    </message>
    <message>
        <source>Look-alikes: every image compared</source>
        <translation>Look-alikes: every image compared</translation>
    </message>
    <message numerus="yes">
        <source>%n preview(s) could not be read</source>
        <translation>
            <numerusform>%n preview could not be read</numerusform>
            <numerusform>%n previews could not be read</numerusform>
        </translation>
    </message>
    <message>
        <source>This image has not been compared yet (%1 of %2 done); try again in a moment.</source>
        <translation>This image has not been compared yet (%1 of %2 done); try again in a moment.</translation>
    </message>
    <message>
        <source>This image could not be compared: its preview could not be read.</source>
        <translation>This image could not be compared: its preview could not be read.</translation>
    </message>
    <message numerus="yes">
        <source>The %n sample(s) most like %1, nearest first (the filters still apply).</source>
        <translation>
            <numerusform>The %n sample most like %1, nearest first (the filters still apply).</numerusform>
            <numerusform>The %n samples most like %1, nearest first (the filters still apply).</numerusform>
        </translation>
    </message>
    <message>
        <source>The images are still being compared; the groups come when some are.</source>
        <translation>The images are still being compared; the groups come when some are.</translation>
    </message>
    <message>
        <source>No image has been compared: groups need the look-alikes (Resume).</source>
        <translation>No image has been compared: groups need the look-alikes (Resume).</translation>
    </message>
    <message>
        <source>Grouping…</source>
        <translation>Grouping…</translation>
    </message>
    <message numerus="yes">
        <source>%n look-alike group(s) of the %1 samples shown, least consistent first.</source>
        <translation>
            <numerusform>%n look-alike group of the %1 samples shown, least consistent first.</numerusform>
            <numerusform>%n look-alike groups of the %1 samples shown, least consistent first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not compared yet, in no group.</source>
        <translation>
            <numerusform>%n not compared yet, in no group.</numerusform>
            <numerusform>%n not compared yet, in no group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1 · %n sample(s) · %2 %3 · %4 decided</source>
        <translation>
            <numerusform>Group %1 · %n sample · %2 %3 · %4 decided</numerusform>
            <numerusform>Group %1 · %n samples · %2 %3 · %4 decided</numerusform>
        </translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(no label)</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>Grouped by</translation>
    </message>
    <message>
        <source>This app&apos;s look-alikes, or the groups of ModelArts&apos; auto grouping (a sample attribute)</source>
        <translation>This app&apos;s look-alikes, or the groups of ModelArts&apos; auto grouping (a sample attribute)</translation>
    </message>
    <message>
        <source>Look-alikes (this app)</source>
        <translation>Look-alikes (this app)</translation>
    </message>
    <message>
        <source>ModelArts&apos; groups: %1</source>
        <translation>ModelArts&apos; groups: %1</translation>
    </message>
    <message>
        <source>The service&apos;s groups could not be read: %1</source>
        <translation>The service&apos;s groups could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of ModelArts&apos; auto grouping among the %1 samples shown, least consistent first.</source>
        <translation>
            <numerusform>%n group of ModelArts&apos; auto grouping among the %1 samples shown, least consistent first.</numerusform>
            <numerusform>%n groups of ModelArts&apos; auto grouping among the %1 samples shown, least consistent first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AutoLabel Reviewer</source>
        <translation>AutoLabel Reviewer</translation>
    </message>
    <message>
        <source>1 Log in</source>
        <translation>1 Log in</translation>
    </message>
    <message>
        <source>2 Dataset</source>
        <translation>2 Dataset</translation>
    </message>
    <message>
        <source>3 Auto-label task</source>
        <translation>3 Auto-label task</translation>
    </message>
    <message>
        <source>4 Review and confirm</source>
        <translation>4 Review and confirm</translation>
    </message>
    <message>
        <source>Log in to Huawei Cloud ModelArts, or to modelarts-local, to auto-label a dataset.</source>
        <translation>Log in to Huawei Cloud ModelArts, or to modelarts-local, to auto-label a dataset.</translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation>&amp;Log in…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>About AutoLabel Reviewer</source>
        <translation>About AutoLabel Reviewer</translation>
    </message>
    <message>
        <source>&lt;b&gt;AutoLabel Reviewer&lt;/b&gt; %1&lt;br&gt;Review the auto-labels of Huawei Cloud ModelArts image-classification datasets.&lt;br&gt;&lt;br&gt;Built with Qt %2 (LGPLv3), QtKeychain (BSD) and OpenCV (Apache 2.0).</source>
        <translation>&lt;b&gt;AutoLabel Reviewer&lt;/b&gt; %1&lt;br&gt;Review the auto-labels of Huawei Cloud ModelArts image-classification datasets.&lt;br&gt;&lt;br&gt;Built with Qt %2 (LGPLv3), QtKeychain (BSD) and OpenCV (Apache 2.0).</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1</source>
        <translation>The password could not be kept in the keychain: %1</translation>
    </message>
    <message>
        <source>Could not refresh: %1. Trying again.</source>
        <translation>Could not refresh: %1. Trying again.</translation>
    </message>
    <message>
        <source>The task ended: %1</source>
        <translation>The task ended: %1</translation>
    </message>
    <message>
        <source>A task is running</source>
        <translation>A task is running</translation>
    </message>
    <message>
        <source>An auto-labeling task is already running on %1. Watch it?</source>
        <translation>An auto-labeling task is already running on %1. Watch it?</translation>
    </message>
    <message>
        <source>The task was not started</source>
        <translation>The task was not started</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) confirmed.</source>
        <translation>
            <numerusform>%n sample confirmed.</numerusform>
            <numerusform>%n samples confirmed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <source>Decisions cannot be made until it can.</source>
        <translation>Decisions cannot be made until it can.</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;view</translation>
    </message>
    <message numerus="yes">
        <source>When the app last stopped, it was sending %n decided sample(s) of “%1” to the service, and no answer came. Finish sending them now? Sending again is safe: a sample is confirmed once.</source>
        <translation>
            <numerusform>When the app last stopped, it was sending %n decided sample of “%1” to the service, and no answer came. Finish sending it now? Sending again is safe: a sample is confirmed once.</numerusform>
            <numerusform>When the app last stopped, it was sending %n decided samples of “%1” to the service, and no answer came. Finish sending them now? Sending again is safe: a sample is confirmed once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other review(s) have samples waiting too; they are offered at your next login.</source>
        <translation>
            <numerusform>%n other review has samples waiting too; it is offered at your next login.</numerusform>
            <numerusform>%n other reviews have samples waiting too; they are offered at your next login.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish sending</source>
        <translation>Finish sending</translation>
    </message>
    <message>
        <source>&amp;Finish sending</source>
        <translation>&amp;Finish sending</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message numerus="yes">
        <source>%n auto-labeled result(s) of the last task on “%1” await confirmation.</source>
        <translation>
            <numerusform>%n auto-labeled result of the last task on “%1” awaits confirmation.</numerusform>
            <numerusform>%n auto-labeled results of the last task on “%1” await confirmation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have decided %n of them and not yet confirmed them.</source>
        <translation>
            <numerusform>You have decided %n of them and not yet confirmed it.</numerusform>
            <numerusform>You have decided %n of them and not yet confirmed them.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new task labels the dataset again. Review them first?</source>
        <translation>A new task labels the dataset again. Review them first?</translation>
    </message>
    <message>
        <source>Results await confirmation</source>
        <translation>Results await confirmation</translation>
    </message>
    <message>
        <source>&amp;Review them first</source>
        <translation>&amp;Review them first</translation>
    </message>
    <message>
        <source>Start a &amp;new task anyway</source>
        <translation>Start a &amp;new task anyway</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Everything is reviewed and confirmed. Publish a version to train on these labels?</source>
        <translation>Everything is reviewed and confirmed. Publish a version to train on these labels?</translation>
    </message>
    <message>
        <source>Publish a version…</source>
        <translation>Publish a version…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) deleted from the dataset.</source>
        <translation>
            <numerusform>%n image deleted from the dataset.</numerusform>
            <numerusform>%n images deleted from the dataset.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every image was deleted</source>
        <translation>Not every image was deleted</translation>
    </message>
    <message>
        <source>Re-label the rest with &amp;what you confirmed…</source>
        <translation>Re-label the rest with &amp;what you confirmed…</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) are still undecided. The engine can label them again, learning from what you confirmed.</source>
        <translation>
            <numerusform>%n sample are still undecided. The engine can label them again, learning from what you confirmed.</numerusform>
            <numerusform>%n samples are still undecided. The engine can label them again, learning from what you confirmed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-label the rest…</source>
        <translation>Re-label the rest…</translation>
    </message>
    <message>
        <source>The review is still loading.</source>
        <translation>The review is still loading.</translation>
    </message>
    <message>
        <source>Confirm your decisions first: the new task learns from confirmed labels only.</source>
        <translation>Confirm your decisions first: the new task learns from confirmed labels only.</translation>
    </message>
    <message>
        <source>Nothing is left undecided to label again.</source>
        <translation>Nothing is left undecided to label again.</translation>
    </message>
    <message>
        <source>Re-label the rest</source>
        <translation>Re-label the rest</translation>
    </message>
    <message numerus="yes">
        <source>Start round %1 on “%2”? A new auto-labeling task trains on every labeled sample, the %3 confirmed in this review included, and labels the %n undecided sample(s) again: their machine labels are replaced. The review opens on its results when it ends.</source>
        <translation>
            <numerusform>Start round %1 on “%2”? A new auto-labeling task trains on every labeled sample, the %3 confirmed in this review included, and labels the %n undecided sample again: their machine labels are replaced. The review opens on its results when it ends.</numerusform>
            <numerusform>Start round %1 on “%2”? A new auto-labeling task trains on every labeled sample, the %3 confirmed in this review included, and labels the %n undecided samples again: their machine labels are replaced. The review opens on its results when it ends.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start the round</source>
        <translation>&amp;Start the round</translation>
    </message>
    <message>
        <source>Review: %1 (round %2)</source>
        <translation>Review: %1 (round %2)</translation>
    </message>
    <message>
        <source>Suspect labels: %1</source>
        <translation>Suspect labels: %1</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Dismiss this message</translation>
    </message>
</context>
<context>
    <name>Preconditions</name>
    <message>
        <source>At least %1 labels</source>
        <translation>At least %1 labels</translation>
    </message>
    <message numerus="yes">
        <source>The dataset has %n label(s).</source>
        <translation>
            <numerusform>The dataset has %n label.</numerusform>
            <numerusform>The dataset has %n labels.</numerusform>
        </translation>
    </message>
    <message>
        <source>At least %1 labeled images per label</source>
        <translation>At least %1 labeled images per label</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s)</source>
        <translation>
            <numerusform>%1: %n image</numerusform>
            <numerusform>%1: %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Every label has enough labeled images.</source>
        <translation>Every label has enough labeled images.</translation>
    </message>
    <message>
        <source>The dataset has no labels.</source>
        <translation>The dataset has no labels.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) have fewer than %1 labeled images.</source>
        <translation>
            <numerusform>%n label has fewer than %1 labeled images.</numerusform>
            <numerusform>%n labels have fewer than %1 labeled images.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlabeled images to auto-label</source>
        <translation>Unlabeled images to auto-label</translation>
    </message>
    <message numerus="yes">
        <source>%n unlabeled image(s).</source>
        <translation>
            <numerusform>%n unlabeled image.</numerusform>
            <numerusform>%n unlabeled images.</numerusform>
        </translation>
    </message>
    <message>
        <source>No 4-channel (RGBA) images</source>
        <translation>No 4-channel (RGBA) images</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) have an alpha channel: the task would fail. Remove them or convert them to RGB.</source>
        <translation>
            <numerusform>%n image has an alpha channel: the task would fail. Remove it or convert it to RGB.</numerusform>
            <numerusform>%n images have an alpha channel: the task would fail. Remove them or convert them to RGB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n image(s) has an alpha channel.</source>
        <translation>
            <numerusform>The image has no alpha channel.</numerusform>
            <numerusform>None of the %n images has an alpha channel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n image(s) checked so far has an alpha channel.</source>
        <translation>
            <numerusform>The image checked so far has no alpha channel.</numerusform>
            <numerusform>None of the %n images checked so far has an alpha channel.</numerusform>
        </translation>
    </message>
    <message>
        <source>No auto-label task running</source>
        <translation>No auto-label task running</translation>
    </message>
    <message>
        <source>No task is running on this dataset.</source>
        <translation>No task is running on this dataset.</translation>
    </message>
    <message>
        <source>A task is running on this dataset: attach to it or stop it first.</source>
        <translation>A task is running on this dataset: attach to it or stop it first.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>The system&apos;s language</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>A new language applies when the app starts again.</translation>
    </message>
    <message>
        <source>Check a running task &amp;every:</source>
        <translation>Check a running task &amp;every:</translation>
    </message>
    <message>
        <source>&amp;Thumbnail size:</source>
        <translation>&amp;Thumbnail size:</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>The system&apos;s</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>C&amp;olours:</translation>
    </message>
</context>
<context>
    <name>PublishController</name>
    <message>
        <source>The near-duplicates could not be kept on one side: %1. Nothing was published.</source>
        <translation>The near-duplicates could not be kept on one side: %1. Nothing was published.</translation>
    </message>
    <message numerus="yes">
        <source>The service refused the usage of %n near-duplicate(s). Nothing was published.</source>
        <translation>
            <numerusform>The service refused the usage of %n near-duplicate. Nothing was published.</numerusform>
            <numerusform>The service refused the usage of %n near-duplicates. Nothing was published.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not logged in: nothing was published.</source>
        <translation>Not logged in: nothing was published.</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>not logged in</translation>
    </message>
    <message>
        <source>the labeled images could not be compared</source>
        <translation>the labeled images could not be compared</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Keep the hard-example marks in the manifest</source>
        <translation>Keep the hard-example marks in the manifest</translation>
    </message>
    <message>
        <source>Publish a version of %1</source>
        <translation>Publish a version of %1</translation>
    </message>
    <message>
        <source>automatic (V001, V002, …)</source>
        <translation>automatic (V001, V002, …)</translation>
    </message>
    <message>
        <source>The share of each label&apos;s images that trains; the rest evaluates. 0.8 to 0.9 is usual.</source>
        <translation>The share of each label&apos;s images that trains; the rest evaluates. 0.8 to 0.9 is usual.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Labeled images</source>
        <translation>Labeled images</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluate</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Training share:</source>
        <translation>&amp;Training share:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>What the version will contain:</source>
        <translation>What the version will contain:</translation>
    </message>
    <message numerus="yes">
        <source>%n labeled images</source>
        <translation>
            <numerusform>%n labeled image</numerusform>
            <numerusform>%n labeled images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images without a confirmed label go in unlabeled</source>
        <translation>
            <numerusform>%n image without a confirmed label goes in unlabeled</numerusform>
            <numerusform>%n images without a confirmed label go in unlabeled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n auto labels still to confirm are not in it)</source>
        <translation>
            <numerusform>(%n auto label still to confirm is not in it)</numerusform>
            <numerusform>(%n auto labels still to confirm are not in it)</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for near-duplicates among the labeled images…</source>
        <translation>Looking for near-duplicates among the labeled images…</translation>
    </message>
    <message>
        <source>&amp;Keep each group of near-duplicates on the train side</source>
        <translation>&amp;Keep each group of near-duplicates on the train side</translation>
    </message>
    <message>
        <source>Their usage is set to train before the version is published, so that the evaluation never sees an image the training saw; each label keeps its share.</source>
        <translation>Their usage is set to train before the version is published, so that the evaluation never sees an image the training saw; each label keeps its share.</translation>
    </message>
    <message>
        <source>Near-duplicates were not looked for: %1</source>
        <translation>Near-duplicates were not looked for: %1</translation>
    </message>
    <message>
        <source>No two labeled images are near-duplicates.</source>
        <translation>No two labeled images are near-duplicates.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n group(s) of near-duplicates (%1 images) could fall on both sides of the split: the evaluation would see images the training saw.</source>
        <translation>
            <numerusform>⚠ %n group of near-duplicates (%1 images) could fall on both sides of the split: the evaluation would see images the training saw.</numerusform>
            <numerusform>⚠ %n groups of near-duplicates (%1 images) could fall on both sides of the split: the evaluation would see images the training saw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of near-duplicates (%1 images); everything trains, so none leaks into the evaluation.</source>
        <translation>
            <numerusform>%n group of near-duplicates (%1 images); everything trains, so none leaks into the evaluation.</numerusform>
            <numerusform>%n groups of near-duplicates (%1 images); everything trains, so none leaks into the evaluation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n group(s) show one image under different labels: fix them with Suspect labels… on the dataset page before publishing.</source>
        <translation>
            <numerusform>⚠ %n group show one image under different labels: fix them with Suspect labels… on the dataset page before publishing.</numerusform>
            <numerusform>⚠ %n groups show one image under different labels: fix them with Suspect labels… on the dataset page before publishing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishFlow</name>
    <message>
        <source>Version %1 is published: %2 labeled images of %3.</source>
        <translation>Version %1 is published: %2 labeled images of %3.</translation>
    </message>
    <message>
        <source>The version was not published</source>
        <translation>The version was not published</translation>
    </message>
    <message>
        <source>Version %1 failed: %2</source>
        <translation>Version %1 failed: %2</translation>
    </message>
    <message>
        <source>a new version</source>
        <translation>a new version</translation>
    </message>
</context>
<context>
    <name>RegionPresets</name>
    <message>
        <source>CN North-Beijing4</source>
        <translation>CN North-Beijing4</translation>
    </message>
    <message>
        <source>CN North-Beijing1</source>
        <translation>CN North-Beijing1</translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation>CN East-Shanghai1</translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation>CN South-Guangzhou</translation>
    </message>
    <message>
        <source>CN-Hong Kong</source>
        <translation>CN-Hong Kong</translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation>AP-Singapore</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Reject (to unlabeled)</source>
        <translation>&amp;Reject (to unlabeled)</translation>
    </message>
    <message>
        <source>Re&amp;label…</source>
        <translation>Re&amp;label…</translation>
    </message>
    <message>
        <source>Undecid&amp;e</source>
        <translation>Undecid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <source>Relabel to label %1</source>
        <translation>Relabel to label %1</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>Select all s&amp;hown</source>
        <translation>Select all s&amp;hown</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Fit the image</source>
        <translation>&amp;Fit the image</translation>
    </message>
    <message>
        <source>Accept above a &amp;threshold…</source>
        <translation>Accept above a &amp;threshold…</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Re&amp;do</translation>
    </message>
    <message>
        <source>Relabel to %1</source>
        <translation>Relabel to %1</translation>
    </message>
    <message>
        <source>Re&amp;do: %1</source>
        <translation>Re&amp;do: %1</translation>
    </message>
    <message>
        <source>The prediction is right (A, Enter, Space)</source>
        <translation>The prediction is right (A, Enter, Space)</translation>
    </message>
    <message>
        <source>&amp;View large</source>
        <translation>&amp;View large</translation>
    </message>
    <message>
        <source>Check a random sample to learn how many of the machine&apos;s labels are wrong (C)</source>
        <translation>Check a random sample to learn how many of the machine&apos;s labels are wrong (C)</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>Accept (A)</translation>
    </message>
    <message>
        <source>Relabel… (L, 1–9)</source>
        <translation>Relabel… (L, 1–9)</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>Reject (R)</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>Skip (S)</translation>
    </message>
    <message>
        <source>Spot-check… (C)</source>
        <translation>Spot-check… (C)</translation>
    </message>
    <message>
        <source>Threshold… (T)</source>
        <translation>Threshold… (T)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Confirm labels…</source>
        <translation>Confirm labels…</translation>
    </message>
    <message>
        <source>A broken or unwanted image leaves the dataset and the review (Delete); asks first</source>
        <translation>A broken or unwanted image leaves the dataset and the review (Delete); asks first</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Ne&amp;xt</translation>
    </message>
    <message>
        <source>Spot-&amp;check the labels…</source>
        <translation>Spot-&amp;check the labels…</translation>
    </message>
    <message>
        <source>Confirm la&amp;bels…</source>
        <translation>Confirm la&amp;bels…</translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation>U&amp;ndo</translation>
    </message>
    <message>
        <source>Ke&amp;yboard shortcuts…</source>
        <translation>Ke&amp;yboard shortcuts…</translation>
    </message>
    <message>
        <source>U&amp;ndo: %1</source>
        <translation>U&amp;ndo: %1</translation>
    </message>
    <message>
        <source>Show the samples that look most like this one, nearest first (M)</source>
        <translation>Show the samples that look most like this one, nearest first (M)</translation>
    </message>
    <message>
        <source>Group what the filters show by look-alike; decide a group in one step (G)</source>
        <translation>Group what the filters show by look-alike; decide a group in one step (G)</translation>
    </message>
    <message>
        <source>Delete the image from the dataset…</source>
        <translation>Delete the image from the dataset…</translation>
    </message>
    <message>
        <source>&amp;More like this</source>
        <translation>&amp;More like this</translation>
    </message>
    <message>
        <source>Look-alike &amp;groups</source>
        <translation>Look-alike &amp;groups</translation>
    </message>
    <message>
        <source>Reload the samples</source>
        <translation>Reload the samples</translation>
    </message>
    <message>
        <source>What the machine labeled each label, against what you decided; click a cell to show those samples (W)</source>
        <translation>What the machine labeled each label, against what you decided; click a cell to show those samples (W)</translation>
    </message>
    <message>
        <source>Confusion view (&amp;Q)…</source>
        <translation>Confusion view (&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Accept: keep the label</source>
        <translation>&amp;Accept: keep the label</translation>
    </message>
    <message>
        <source>The label is right: keep it (A, Enter, Space)</source>
        <translation>The label is right: keep it (A, Enter, Space)</translation>
    </message>
    <message>
        <source>Suspect labels among those confirmed…</source>
        <translation>Suspect labels among those confirmed…</translation>
    </message>
    <message>
        <source>Audit the labels this review confirmed and review the ones that look wrong, most suspect first</source>
        <translation>Audit the labels this review confirmed and review the ones that look wrong, most suspect first</translation>
    </message>
</context>
<context>
    <name>ReviewConfirmer</name>
    <message>
        <source>The samples were not sent: the review journal cannot record them as being sent: %1</source>
        <translation>The samples were not sent: the review journal cannot record them as being sent: %1</translation>
    </message>
</context>
<context>
    <name>ReviewFilterBar</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Refused by the service</source>
        <translation>Refused by the service</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Hard examples</source>
        <translation>Hard examples</translation>
    </message>
    <message>
        <source>Hard and not hard</source>
        <translation>Hard and not hard</translation>
    </message>
    <message>
        <source>Hard only</source>
        <translation>Hard only</translation>
    </message>
    <message>
        <source>Not hard</source>
        <translation>Not hard</translation>
    </message>
    <message>
        <source>Predicted label</source>
        <translation>Predicted label</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>All labels</translation>
    </message>
    <message>
        <source>Hard reason</source>
        <translation>Hard reason</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Any reason</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>Score, lowest first</source>
        <translation>Score, lowest first</translation>
    </message>
    <message>
        <source>Score, highest first</source>
        <translation>Score, highest first</translation>
    </message>
    <message>
        <source>Hard coefficient, highest first</source>
        <translation>Hard coefficient, highest first</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Lowest score</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Highest score</translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation>Name contains</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Shows only the samples of a cell of the confusion view; click to show all again</source>
        <translation>Shows only the samples of a cell of the confusion view; click to show all again</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Label as given</source>
        <translation>Label as given</translation>
    </message>
</context>
<context>
    <name>ReviewNotices</name>
    <message numerus="yes">
        <source>%n decision(s) from your last session on this task were restored. Nothing was lost.</source>
        <translation>
            <numerusform>%n decision from your last session on this task were restored. Nothing was lost.</numerusform>
            <numerusform>%n decisions from your last session on this task were restored. Nothing was lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) were refused by the service and stay decided: show them with “Refused by the service”.</source>
        <translation>
            <numerusform>%n sample were refused by the service and stay decided: show them with “Refused by the service”.</numerusform>
            <numerusform>%n samples were refused by the service and stay decided: show them with “Refused by the service”.</numerusform>
        </translation>
    </message>
    <message>
        <source>This task left no auto-labeled samples to review: they are all confirmed, or it labeled none.</source>
        <translation>This task left no auto-labeled samples to review: they are all confirmed, or it labeled none.</translation>
    </message>
    <message>
        <source>The samples could not be listed: %1. What is shown stays, and your decisions are kept; Review &gt; Reload the samples (Ctrl+R) tries again.</source>
        <translation>The samples could not be listed: %1. What is shown stays, and your decisions are kept; Review &gt; Reload the samples (Ctrl+R) tries again.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>They go by themselves when the service answers again.</source>
        <translation>They go by themselves when the service answers again.</translation>
    </message>
    <message>
        <source>Send them when you are ready.</source>
        <translation>Send them when you are ready.</translation>
    </message>
    <message numerus="yes">
        <source>%n decided sample(s) could not be sent: the service did not answer. They stay decided. %1</source>
        <translation>
            <numerusform>%n decided sample could not be sent: the service did not answer. It stays decided. %1</numerusform>
            <numerusform>%n decided samples could not be sent: the service did not answer. They stay decided. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n decision(s)…</source>
        <translation>
            <numerusform>Saving %n decision…</numerusform>
            <numerusform>Saving %n decisions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawing the spot-check&apos;s sample from %n sample(s)…</source>
        <translation>
            <numerusform>Drawing the spot-check&apos;s sample from %n sample…</numerusform>
            <numerusform>Drawing the spot-check&apos;s sample from %n samples…</numerusform>
        </translation>
    </message>
    <message>
        <source>Auditing the labels already given: listing them, describing their images, then judging each by a model trained without it and by its look-alikes…</source>
        <translation>Auditing the labels already given: listing them, describing their images, then judging each by a model trained without it and by its look-alikes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>No label is questioned: each of the %1 labeled samples agrees with its look-alikes and with a model trained without it.</source>
        <translation>No label is questioned: each of the %1 labeled samples agrees with its look-alikes and with a model trained without it.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 labeled samples look mislabeled, most suspect first. A suspect is a reason to look, not a verdict: keep (A), relabel or reject each, then confirm.</source>
        <translation>
            <numerusform>%n of the %1 labeled samples look mislabeled, most suspect first. A suspect is a reason to look, not a verdict: keep (A), relabel or reject each, then confirm.</numerusform>
            <numerusform>%n of the %1 labeled samples look mislabeled, most suspect first. A suspect is a reason to look, not a verdict: keep (A), relabel or reject each, then confirm.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit was cancelled. Review &gt; Reload the samples (Ctrl+R) runs it again.</source>
        <translation>The audit was cancelled. Review &gt; Reload the samples (Ctrl+R) runs it again.</translation>
    </message>
    <message>
        <source>Audit again</source>
        <translation>Audit again</translation>
    </message>
    <message>
        <source>The labels could not be audited: %1. Your decisions are kept.</source>
        <translation>The labels could not be audited: %1. Your decisions are kept.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) you kept or chose before are not questioned again.</source>
        <translation>
            <numerusform>%n label you kept or chose before are not questioned again.</numerusform>
            <numerusform>%n labels you kept or chose before are not questioned again.</numerusform>
        </translation>
    </message>
    <message>
        <source>No label is questioned among the %1 this review confirmed.</source>
        <translation>No label is questioned among the %1 this review confirmed.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 labels this review confirmed look wrong, most suspect first. A suspect is a reason to look, not a verdict: keep (A), relabel or reject each, then confirm.</source>
        <translation>
            <numerusform>%n of the %1 labels this review confirmed look wrong, most suspect first. A suspect is a reason to look, not a verdict: keep (A), relabel or reject each, then confirm.</numerusform>
            <numerusform>%n of the %1 labels this review confirmed look wrong, most suspect first. A suspect is a reason to look, not a verdict: keep (A), relabel or reject each, then confirm.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Loading %v of %m</source>
        <translation>Loading %v of %m</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>Relabel</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) accepted. Undo (Ctrl+Z) takes them back.</source>
        <translation>
            <numerusform>%n sample accepted. Undo (Ctrl+Z) takes them back.</numerusform>
            <numerusform>%n samples accepted. Undo (Ctrl+Z) takes them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>The samples are still loading: confirm when all are in.</source>
        <translation>The samples are still loading: confirm when all are in.</translation>
    </message>
    <message>
        <source>Select a sample to see it here.</source>
        <translation>Select a sample to see it here.</translation>
    </message>
    <message>
        <source>Shown %1 · To review %2 · Decided %3 · Confirmed %4 · Hard %5</source>
        <translation>Shown %1 · To review %2 · Decided %3 · Confirmed %4 · Hard %5</translation>
    </message>
    <message>
        <source>Refused %1</source>
        <translation>Refused %1</translation>
    </message>
    <message>
        <source>Selected %1</source>
        <translation>Selected %1</translation>
    </message>
    <message>
        <source>Some are decided already</source>
        <translation>Some are decided already</translation>
    </message>
    <message>
        <source>%1 of the %2 selected samples are decided already, differently; %3 are undecided.</source>
        <translation>%1 of the %2 selected samples are decided already, differently; %3 are undecided.</translation>
    </message>
    <message>
        <source>&amp;Undecided only (%1)</source>
        <translation>&amp;Undecided only (%1)</translation>
    </message>
    <message>
        <source>&amp;Overwrite too (%1)</source>
        <translation>&amp;Overwrite too (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Thumbnail size</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Show each file&apos;s name under its tile</source>
        <translation>Show each file&apos;s name under its tile</translation>
    </message>
    <message>
        <source>The samples are still loading: start the spot-check when all are in.</source>
        <translation>The samples are still loading: start the spot-check when all are in.</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Nothing was deleted: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted; the service refused %1: %2</source>
        <translation>
            <numerusform>%n deleted; the service refused %1: %2</numerusform>
            <numerusform>%n deleted; the service refused %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) deleted from the dataset.</source>
        <translation>
            <numerusform>%n image deleted from the dataset.</numerusform>
            <numerusform>%n images deleted from the dataset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every sample is decided. Confirm labels… (Ctrl+Enter) sends the %n decision(s) to the service.</source>
        <translation>
            <numerusform>Every sample is decided. Confirm labels… (Ctrl+Enter) sends the %n decision to the service.</numerusform>
            <numerusform>Every sample is decided. Confirm labels… (Ctrl+Enter) sends the %n decisions to the service.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm labels…</source>
        <translation>Confirm labels…</translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete from the dataset</source>
        <translation>Delete from the dataset</translation>
    </message>
    <message>
        <source>Delete %1 from the dataset? It leaves the dataset and this review; this cannot be undone here.</source>
        <translation>Delete %1 from the dataset? It leaves the dataset and this review; this cannot be undone here.</translation>
    </message>
    <message>
        <source>&amp;Delete, keep the file</source>
        <translation>&amp;Delete, keep the file</translation>
    </message>
    <message>
        <source>Delete &amp;with the image file</source>
        <translation>Delete &amp;with the image file</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Deleting %1…</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n sample(s) of a group</source>
        <translation>
            <numerusform>Accept %n sample of a group</numerusform>
            <numerusform>Accept %n samples of a group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabel %n sample(s) of a group to %1</source>
        <translation>
            <numerusform>Relabel %n sample of a group to %1</numerusform>
            <numerusform>Relabel %n samples of a group to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Label for %n sample(s):</source>
        <translation>
            <numerusform>&amp;Label for %n sample:</numerusform>
            <numerusform>&amp;Label for %n samples:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, accepted</source>
        <translation>%1, accepted</translation>
    </message>
    <message>
        <source>%1, rejected</source>
        <translation>%1, rejected</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>How the samples look is still being worked out: try again in a moment.</source>
        <translation>How the samples look is still being worked out: try again in a moment.</translation>
    </message>
    <message>
        <source>How the samples look is not known: open the look-alike groups (G) first.</source>
        <translation>How the samples look is not known: open the look-alike groups (G) first.</translation>
    </message>
    <message>
        <source>No sample the machine labeled %1 is left undecided.</source>
        <translation>No sample the machine labeled %1 is left undecided.</translation>
    </message>
    <message>
        <source>Comparing %1 undecided samples with the ones you decided…</source>
        <translation>Comparing %1 undecided samples with the ones you decided…</translation>
    </message>
    <message>
        <source>None of the %1 undecided samples labeled %2 looks more like the ones you relabeled to %3 than like the others you decided.</source>
        <translation>None of the %1 undecided samples labeled %2 looks more like the ones you relabeled to %3 than like the others you decided.</translation>
    </message>
    <message>
        <source>%1 of the %2 undecided samples the machine labeled %3 look more like the %4 you relabeled to %5 than like the %6 others you decided.

Relabel them to %5 in one step? (Undo takes it back.)</source>
        <translation>%1 of the %2 undecided samples the machine labeled %3 look more like the %4 you relabeled to %5 than like the %6 others you decided.

Relabel them to %5 in one step? (Undo takes it back.)</translation>
    </message>
    <message>
        <source>Relabel look-alikes</source>
        <translation>Relabel look-alikes</translation>
    </message>
    <message numerus="yes">
        <source>Relabel %n sample(s)</source>
        <translation>
            <numerusform>Relabel %n sample</numerusform>
            <numerusform>Relabel %n samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabel %n look-alike(s) of %1 to %2</source>
        <translation>
            <numerusform>Relabel %n look-alike of %1 to %2</numerusform>
            <numerusform>Relabel %n look-alikes of %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabeled %n sample(s) to %1.</source>
        <translation>
            <numerusform>Relabeled %n sample to %1.</numerusform>
            <numerusform>Relabeled %n samples to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auditing %p%</source>
        <translation>Auditing %p%</translation>
    </message>
    <message>
        <source>This review has confirmed no label yet: confirm some first, or use Suspect labels… on the dataset page for all of them.</source>
        <translation>This review has confirmed no label yet: confirm some first, or use Suspect labels… on the dataset page for all of them.</translation>
    </message>
</context>
<context>
    <name>ReviewProgressChart</name>
    <message>
        <source>Review progress per label</source>
        <translation>Review progress per label</translation>
    </message>
    <message>
        <source>%1: %2 confirmed, %3 decided, %4 left</source>
        <translation>%1: %2 confirmed, %3 decided, %4 left</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>decided</translation>
    </message>
    <message>
        <source>left</source>
        <translation>left</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>The review journal %1 cannot be opened: %2</source>
        <translation>The review journal %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>Decisions cannot be kept: there is no review journal. %1</source>
        <translation>Decisions cannot be kept: there is no review journal. %1</translation>
    </message>
    <message>
        <source>The decision was not stored: %1</source>
        <translation>The decision was not stored: %1</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n sample(s)</source>
        <translation>
            <numerusform>Accept %n sample</numerusform>
            <numerusform>Accept %n samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabel %n sample(s) to %1</source>
        <translation>
            <numerusform>Relabel %n sample to %1</numerusform>
            <numerusform>Relabel %n samples to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n sample(s)</source>
        <translation>
            <numerusform>Reject %n sample</numerusform>
            <numerusform>Reject %n samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n decision(s)</source>
        <translation>
            <numerusform>Clear %n decision</numerusform>
            <numerusform>Clear %n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n sample(s) above the threshold</source>
        <translation>
            <numerusform>Accept %n sample above the threshold</numerusform>
            <numerusform>Accept %n samples above the threshold</numerusform>
        </translation>
    </message>
    <message>
        <source>Not logged in: log in again, then send.</source>
        <translation>Not logged in: log in again, then send.</translation>
    </message>
    <message>
        <source>The last decision is still being saved: decide again in a moment.</source>
        <translation>The last decision is still being saved: decide again in a moment.</translation>
    </message>
    <message>
        <source>The last decision is still being saved: send again in a moment.</source>
        <translation>The last decision is still being saved: send again in a moment.</translation>
    </message>
    <message>
        <source>The spot-check is still being drawn: decide again in a moment.</source>
        <translation>The spot-check is still being drawn: decide again in a moment.</translation>
    </message>
    <message>
        <source>The last decision is still being saved: start the spot-check in a moment.</source>
        <translation>The last decision is still being saved: start the spot-check in a moment.</translation>
    </message>
    <message>
        <source>There is nothing to check in this scope.</source>
        <translation>There is nothing to check in this scope.</translation>
    </message>
    <message>
        <source>The spot-check was not stored: %1</source>
        <translation>The spot-check was not stored: %1</translation>
    </message>
    <message>
        <source>%1 is drawn in the spot-check: answer it (reject a broken image) or discard the check first.</source>
        <translation>%1 is drawn in the spot-check: answer it (reject a broken image) or discard the check first.</translation>
    </message>
    <message>
        <source>Not logged in: log in again, then delete.</source>
        <translation>Not logged in: log in again, then delete.</translation>
    </message>
    <message>
        <source>Labels are being sent: delete when the confirmation has ended.</source>
        <translation>Labels are being sent: delete when the confirmation has ended.</translation>
    </message>
</context>
<context>
    <name>ReviewSpotCheck</name>
    <message>
        <source>The spot-check was not stored: %1</source>
        <translation>The spot-check was not stored: %1</translation>
    </message>
</context>
<context>
    <name>SampleDelegate</name>
    <message>
        <source>Cannot load the image</source>
        <translation>Cannot load the image</translation>
    </message>
    <message>
        <source>✓ Accepted</source>
        <translation>✓ Accepted</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>✗ Rejected</source>
        <translation>✗ Rejected</translation>
    </message>
    <message>
        <source>! Refused</source>
        <translation>! Refused</translation>
    </message>
    <message>
        <source>✓ Confirmed</source>
        <translation>✓ Confirmed</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hard</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
</context>
<context>
    <name>SampleDetailPane</name>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Predicted</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Relabeled to</source>
        <translation>Relabeled to</translation>
    </message>
    <message>
        <source>Predicted: &lt;b&gt;%1&lt;/b&gt;, score %2</source>
        <translation>Predicted: &lt;b&gt;%1&lt;/b&gt;, score %2</translation>
    </message>
    <message>
        <source>Hard example, coefficient %1:</source>
        <translation>Hard example, coefficient %1:</translation>
    </message>
    <message>
        <source>Not a hard example</source>
        <translation>Not a hard example</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2 px, %n channel(s)</source>
        <translation>
            <numerusform>%1 × %2 px, %n channel</numerusform>
            <numerusform>%1 × %2 px, %n channels</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Refused by the service: %1</source>
        <translation>Refused by the service: %1</translation>
    </message>
    <message>
        <source>Decision: accepted as %1</source>
        <translation>Decision: accepted as %1</translation>
    </message>
    <message>
        <source>Decision: relabeled to %1</source>
        <translation>Decision: relabeled to %1</translation>
    </message>
    <message>
        <source>Decision: rejected (back to unlabeled)</source>
        <translation>Decision: rejected (back to unlabeled)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>The image cannot be shown: %1</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>The samples shown (the filters apply), by predicted label</source>
        <translation>The samples shown (the filters apply), by predicted label</translation>
    </message>
    <message>
        <source>Deleted from the dataset</source>
        <translation>Deleted from the dataset</translation>
    </message>
    <message>
        <source>Labeled: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Labeled: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Questioned, suspicion %1 (a reason to look, not a verdict):</source>
        <translation>Questioned, suspicion %1 (a reason to look, not a verdict):</translation>
    </message>
    <message>
        <source>The evidence points to: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>The evidence points to: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Decision: kept as %1</source>
        <translation>Decision: kept as %1</translation>
    </message>
    <message>
        <source>Labeled</source>
        <translation>Labeled</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>The samples shown (the filters apply), by the label they were given</source>
        <translation>The samples shown (the filters apply), by the label they were given</translation>
    </message>
</context>
<context>
    <name>SampleGrid</name>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
</context>
<context>
    <name>SampleListModel</name>
    <message>
        <source>%1
%2, score %3</source>
        <translation>%1
%2, score %3</translation>
    </message>
</context>
<context>
    <name>SampleViewer</name>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>Fit (F)</source>
        <translation>Fit (F)</translation>
    </message>
    <message>
        <source>100 % (0)</source>
        <translation>100 % (0)</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <source>No sample is selected.</source>
        <translation>No sample is selected.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>The image cannot be shown: %1</translation>
    </message>
    <message>
        <source>Labeled as %1 (predicted):</source>
        <translation>Labeled as %1 (predicted):</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>not decided</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>relabeled to %1</source>
        <translation>relabeled to %1</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>%1 · predicted %2 (%3) · %4</source>
        <translation>%1 · predicted %2 (%3) · %4</translation>
    </message>
    <message>
        <source>Labeled samples cannot be listed: %1</source>
        <translation>Labeled samples cannot be listed: %1</translation>
    </message>
    <message>
        <source>No labeled samples under %1 yet.</source>
        <translation>No labeled samples under %1 yet.</translation>
    </message>
</context>
<context>
    <name>ServiceCodes</name>
    <message>
        <source>The task is being prepared.</source>
        <translation>The task is being prepared.</translation>
    </message>
    <message>
        <source>The labeling job is prepared.</source>
        <translation>The labeling job is prepared.</translation>
    </message>
    <message>
        <source>The labeling job is submitted; waiting for it to finish.</source>
        <translation>The labeling job is submitted; waiting for it to finish.</translation>
    </message>
    <message>
        <source>The labeling job has run; its results are being collected.</source>
        <translation>The labeling job has run; its results are being collected.</translation>
    </message>
    <message>
        <source>The task finished successfully.</source>
        <translation>The task finished successfully.</translation>
    </message>
    <message>
        <source>The service found a parameter of the request wrong.</source>
        <translation>The service found a parameter of the request wrong.</translation>
    </message>
    <message>
        <source>This user has no permission for that.</source>
        <translation>This user has no permission for that.</translation>
    </message>
    <message>
        <source>The dataset or labeling job does not exist (any more).</source>
        <translation>The dataset or labeling job does not exist (any more).</translation>
    </message>
    <message>
        <source>The dataset does not exist (any more).</source>
        <translation>The dataset does not exist (any more).</translation>
    </message>
    <message>
        <source>An auto-labeling task is already running on this dataset.</source>
        <translation>An auto-labeling task is already running on this dataset.</translation>
    </message>
    <message>
        <source>The task failed.</source>
        <translation>The task failed.</translation>
    </message>
    <message>
        <source>The task was stopped.</source>
        <translation>The task was stopped.</translation>
    </message>
    <message>
        <source>Too many requests to the dataset: the service asks to slow down.</source>
        <translation>Too many requests to the dataset: the service asks to slow down.</translation>
    </message>
    <message>
        <source>The dataset has no labels: auto-labeling needs some.</source>
        <translation>The dataset has no labels: auto-labeling needs some.</translation>
    </message>
    <message>
        <source>Auto-labeling needs labels with at least five labeled images each.</source>
        <translation>Auto-labeling needs labels with at least five labeled images each.</translation>
    </message>
    <message>
        <source>The dataset has no unlabeled images to auto-label.</source>
        <translation>The dataset has no unlabeled images to auto-label.</translation>
    </message>
    <message>
        <source>The dataset has labels of another shape than whole-image classes.</source>
        <translation>The dataset has labels of another shape than whole-image classes.</translation>
    </message>
    <message>
        <source>Too many tasks are running: wait for one to end.</source>
        <translation>Too many tasks are running: wait for one to end.</translation>
    </message>
    <message>
        <source>The label does not exist in the dataset.</source>
        <translation>The label does not exist in the dataset.</translation>
    </message>
    <message>
        <source>The sample does not exist (any more).</source>
        <translation>The sample does not exist (any more).</translation>
    </message>
    <message>
        <source>The login is no longer valid: log in again.</source>
        <translation>The login is no longer valid: log in again.</translation>
    </message>
    <message>
        <source>The task does not exist (any more).</source>
        <translation>The task does not exist (any more).</translation>
    </message>
    <message>
        <source>The task has not finished yet.</source>
        <translation>The task has not finished yet.</translation>
    </message>
    <message>
        <source>The service does not allow this on this dataset (new-version datasets are labeled in labeling jobs).</source>
        <translation>The service does not allow this on this dataset (new-version datasets are labeled in labeling jobs).</translation>
    </message>
    <message>
        <source>The labeling job does not exist.</source>
        <translation>The labeling job does not exist.</translation>
    </message>
    <message>
        <source>This labeling job&apos;s type does not support the operation.</source>
        <translation>This labeling job&apos;s type does not support the operation.</translation>
    </message>
    <message>
        <source>The dataset is being published: wait until the version is ready.</source>
        <translation>The dataset is being published: wait until the version is ready.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The service refused the request because this computer&apos;s clock differs from the service&apos;s by more than 15 minutes. Correct the clock, then log in again.</source>
        <translation>The service refused the request because this computer&apos;s clock differs from the service&apos;s by more than 15 minutes. Correct the clock, then log in again.</translation>
    </message>
    <message>
        <source>The AK/SK signature was refused: check the access key and the secret key.</source>
        <translation>The AK/SK signature was refused: check the access key and the secret key.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>The session has expired: log in again.</source>
        <translation>The session has expired: log in again.</translation>
    </message>
    <message>
        <source>The credentials were refused: %1</source>
        <translation>The credentials were refused: %1</translation>
    </message>
    <message>
        <source>Access denied: %1</source>
        <translation>Access denied: %1</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is not trusted (%1). For a private endpoint, choose its CA certificate.</source>
        <translation>The service&apos;s certificate is not trusted (%1). For a private endpoint, choose its CA certificate.</translation>
    </message>
    <message>
        <source>The service cannot be reached: %1. Check the endpoint and the network.</source>
        <translation>The service cannot be reached: %1. Check the endpoint and the network.</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again later.</source>
        <translation>The service did not answer in time. Try again later.</translation>
    </message>
    <message>
        <source>The service sent an unsafe redirect: %1</source>
        <translation>The service sent an unsafe redirect: %1</translation>
    </message>
    <message>
        <source>The service answered in an unexpected way: %1</source>
        <translation>The service answered in an unexpected way: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The service refused the request: %1</source>
        <translation>The service refused the request: %1</translation>
    </message>
    <message>
        <source>AK %1 / project %2</source>
        <translation>AK %1 / project %2</translation>
    </message>
    <message>
        <source>%1 @ %2 / %3</source>
        <translation>%1 @ %2 / %3</translation>
    </message>
    <message>
        <source>A file could not be written: %1</source>
        <translation>A file could not be written: %1</translation>
    </message>
    <message>
        <source>Too many wrong passwords: IAM has locked this user for a while. Try again later.</source>
        <translation>Too many wrong passwords: IAM has locked this user for a while. Try again later.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: IAM has locked this user for about %n minute(s). Try again after %1.</source>
        <translation>
            <numerusform>Too many wrong passwords: IAM has locked this user for about %n minute. Try again after %1.</numerusform>
            <numerusform>Too many wrong passwords: IAM has locked this user for about %n minutes. Try again after %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is %n wrong password(s) in a row: IAM locks a user after a few (5 unless the administrator chose another number), so check it before the next try.</source>
        <translation>
            <numerusform>That is %n wrong password in a row: IAM locks a user after a few (5 unless the administrator chose another number), so check it before the next try.</numerusform>
            <numerusform>That is %n wrong passwords in a row: IAM locks a user after a few (5 unless the administrator chose another number), so check it before the next try.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or password is wrong, and this computer&apos;s address has failed too many logins (perhaps someone else&apos;s on the same address): its failed logins are held back until %1. The right password is still accepted.</source>
        <translation>The user name or password is wrong, and this computer&apos;s address has failed too many logins (perhaps someone else&apos;s on the same address): its failed logins are held back until %1. The right password is still accepted.</translation>
    </message>
    <message>
        <source>This computer&apos;s address has failed too many logins, this user&apos;s among them: this user&apos;s logins from here are held back until %1. Other users may still log in.</source>
        <translation>This computer&apos;s address has failed too many logins, this user&apos;s among them: this user&apos;s logins from here are held back until %1. Other users may still log in.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Tile size in the grid</source>
        <translation>Tile size in the grid</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+wheel</translation>
    </message>
    <message>
        <source>Open the sample large</source>
        <translation>Open the sample large</translation>
    </message>
    <message>
        <source>Double-click, Z</source>
        <translation>Double-click, Z</translation>
    </message>
    <message>
        <source>Zoom the image at the pointer</source>
        <translation>Zoom the image at the pointer</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Wheel</translation>
    </message>
    <message>
        <source>Move a zoomed image</source>
        <translation>Move a zoomed image</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>Drag</translation>
    </message>
    <message>
        <source>Viewer: previous, next</source>
        <translation>Viewer: previous, next</translation>
    </message>
    <message>
        <source>←, →</source>
        <translation>←, →</translation>
    </message>
    <message>
        <source>Viewer: fit the image</source>
        <translation>Viewer: fit the image</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Viewer: actual size (100 %)</source>
        <translation>Viewer: actual size (100 %)</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keyboard shortcuts&lt;/b&gt; — any key closes this</source>
        <translation>&lt;b&gt;Keyboard shortcuts&lt;/b&gt; — any key closes this</translation>
    </message>
</context>
<context>
    <name>SpotCheckDialog</name>
    <message>
        <source>Spot-check the machine&apos;s labels</source>
        <translation>Spot-check the machine&apos;s labels</translation>
    </message>
    <message>
        <source>A random sample, drawn per label and score band, tells how many of the machine&apos;s labels are wrong before you accept them. Accepting a drawn sample means the machine was right; relabeling or rejecting it means it was wrong.</source>
        <translation>A random sample, drawn per label and score band, tells how many of the machine&apos;s labels are wrong before you accept them. Accepting a drawn sample means the machine was right; relabeling or rejecting it means it was wrong.</translation>
    </message>
    <message>
        <source>Undecided samples a &amp;threshold would accept, at a score of at least</source>
        <translation>Undecided samples a &amp;threshold would accept, at a score of at least</translation>
    </message>
    <message>
        <source>Score threshold</source>
        <translation>Score threshold</translation>
    </message>
    <message>
        <source>Include &amp;hard examples</source>
        <translation>Include &amp;hard examples</translation>
    </message>
    <message>
        <source>Target precision</source>
        <translation>Target precision</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>The same seed over the same samples draws the same sample.</source>
        <translation>The same seed over the same samples draws the same sample.</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <source>at 95 % confidence</source>
        <translation>at 95 % confidence</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>&amp;Draw and start</source>
        <translation>&amp;Draw and start</translation>
    </message>
    <message>
        <source>&amp;Undecided samples (%1)</source>
        <translation>&amp;Undecided samples (%1)</translation>
    </message>
    <message>
        <source>undecided samples</source>
        <translation>undecided samples</translation>
    </message>
    <message>
        <source>undecided samples with a score of at least %1</source>
        <translation>undecided samples with a score of at least %1</translation>
    </message>
    <message>
        <source>undecided samples with a score of at least %1, hard examples left out</source>
        <translation>undecided samples with a score of at least %1, hard examples left out</translation>
    </message>
    <message>
        <source>There is nothing to check in this scope.</source>
        <translation>There is nothing to check in this scope.</translation>
    </message>
    <message>
        <source>About %1 samples to check, of %2 in the scope (%3 %). Each label gets its own sample, so that its estimate holds too.</source>
        <translation>About %1 samples to check, of %2 in the scope (%3 %). Each label gets its own sample, so that its estimate holds too.</translation>
    </message>
    <message>
        <source>Tar&amp;get precision:</source>
        <translation>Tar&amp;get precision:</translation>
    </message>
    <message>
        <source>That is most of the scope: reviewing all %1 costs only %2 more looks and checks every label instead of estimating. Consider Cancel and reviewing them in the grid, hard examples first.</source>
        <translation>That is most of the scope: reviewing all %1 costs only %2 more looks and checks every label instead of estimating. Consider Cancel and reviewing them in the grid, hard examples first.</translation>
    </message>
</context>
<context>
    <name>SpotCheckPanel</name>
    <message>
        <source>&lt;b&gt;Spot-check&lt;/b&gt;</source>
        <translation>&lt;b&gt;Spot-check&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checked %v of %m</source>
        <translation>Checked %v of %m</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Dra&amp;wn samples only</source>
        <translation>Dra&amp;wn samples only</translation>
    </message>
    <message>
        <source>The grid shows only the drawn samples, in the order to check them</source>
        <translation>The grid shows only the drawn samples, in the order to check them</translation>
    </message>
    <message>
        <source>Draw &amp;more</source>
        <translation>Draw &amp;more</translation>
    </message>
    <message>
        <source>Half again as many, in every label and score band: a narrower interval</source>
        <translation>Half again as many, in every label and score band: a narrower interval</translation>
    </message>
    <message>
        <source>T&amp;hresholds…</source>
        <translation>T&amp;hresholds…</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>D&amp;iscard</translation>
    </message>
    <message>
        <source>Forget the check and its estimate (the decisions stay)</source>
        <translation>Forget the check and its estimate (the decisions stay)</translation>
    </message>
    <message>
        <source>Scope: %1 (%2). Target %3 ± %4.</source>
        <translation>Scope: %1 (%2). Target %3 ± %4.</translation>
    </message>
    <message>
        <source>Precision of the machine&apos;s labels: %1; %2.</source>
        <translation>Precision of the machine&apos;s labels: %1; %2.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Every sample of the scope is drawn already.</source>
        <translation>Every sample of the scope is drawn already.</translation>
    </message>
    <message numerus="yes">
        <source>%n more sample(s) drawn.</source>
        <translation>
            <numerusform>%n more sample drawn.</numerusform>
            <numerusform>%n more samples drawn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the spot-check</source>
        <translation>Discard the spot-check</translation>
    </message>
    <message>
        <source>Forget the drawn sample and its estimate? Your decisions stay.</source>
        <translation>Forget the drawn sample and its estimate? Your decisions stay.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>%1 checked, %2 decided in bulk or by a threshold: not evidence (open each of them to check it).</source>
        <translation>%1 checked, %2 decided in bulk or by a threshold: not evidence (open each of them to check it).</translation>
    </message>
    <message>
        <source>&lt;b&gt;The check is complete.&lt;/b&gt; Take the thresholds its evidence supports (Thresholds…) to accept the rest of each label, or turn off “Drawn samples only” to review the others.</source>
        <translation>&lt;b&gt;The check is complete.&lt;/b&gt; Take the thresholds its evidence supports (Thresholds…) to accept the rest of each label, or turn off “Drawn samples only” to review the others.</translation>
    </message>
    <message>
        <source>Spot-check complete: every drawn sample is checked. Thresholds… accepts what the evidence supports.</source>
        <translation>Spot-check complete: every drawn sample is checked. Thresholds… accepts what the evidence supports.</translation>
    </message>
    <message>
        <source>Precision
(95 %)</source>
        <translation>Precision
(95 %)</translation>
    </message>
    <message>
        <source>Wrong
(95 %)</source>
        <translation>Wrong
(95 %)</translation>
    </message>
    <message>
        <source>Suggested
threshold</source>
        <translation>Suggested
threshold</translation>
    </message>
    <message>
        <source>Round %1. Precision of the machine&apos;s labels before it: %2 (spot-check of %3).</source>
        <translation>Round %1. Precision of the machine&apos;s labels before it: %2 (spot-check of %3).</translation>
    </message>
    <message>
        <source>Draw a spot-check of this round (Spot-check…) to see what it gained.</source>
        <translation>Draw a spot-check of this round (Spot-check…) to see what it gained.</translation>
    </message>
    <message>
        <source>This round: %1 (spot-check of %2).</source>
        <translation>This round: %1 (spot-check of %2).</translation>
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
        <translation>not checked yet</translation>
    </message>
    <message>
        <source>%1 (all checked)</source>
        <translation>%1 (all checked)</translation>
    </message>
    <message>
        <source>%1 (%2: %3–%4)</source>
        <translation>%1 (%2: %3–%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s), none checked</source>
        <translation>
            <numerusform>%n sample, none checked</numerusform>
            <numerusform>%n samples, none checked</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 wrong of %2</source>
        <translation>%1 wrong of %2</translation>
    </message>
    <message>
        <source>about %1 wrong of %2 (%3: %4–%5)</source>
        <translation>about %1 wrong of %2 (%3: %4–%5)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>too few checked</source>
        <translation>too few checked</translation>
    </message>
    <message>
        <source>none reaches the target</source>
        <translation>none reaches the target</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>no samples</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>about %1 (%2–%3)</source>
        <translation>about %1 (%2–%3)</translation>
    </message>
</context>
<context>
    <name>StartTaskDialog</name>
    <message>
        <source>Start auto-labeling</source>
        <translation>Start auto-labeling</translation>
    </message>
    <message>
        <source>Auto-label the unlabeled images of &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Auto-label the unlabeled images of &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>&amp;Fast</translation>
    </message>
    <message>
        <source>Learns from the labeled images only. Quick; good when every label has enough examples.</source>
        <translation>Learns from the labeled images only. Quick; good when every label has enough examples.</translation>
    </message>
    <message>
        <source>&amp;Accurate</source>
        <translation>&amp;Accurate</translation>
    </message>
    <message>
        <source>Also learns from the unlabeled images (semi-supervised). Slower, usually more accurate.</source>
        <translation>Also learns from the unlabeled images (semi-supervised). Slower, usually more accurate.</translation>
    </message>
    <message>
        <source>Collect &amp;hard examples (recommended: they are reviewed first)</source>
        <translation>Collect &amp;hard examples (recommended: they are reviewed first)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
</context>
<context>
    <name>SuspectAudit</name>
    <message>
        <source>the same image as %1, labeled %2</source>
        <translation>the same image as %1, labeled %2</translation>
    </message>
    <message>
        <source>%1 of its %2 nearest look-alikes are labeled %3</source>
        <translation>%1 of its %2 nearest look-alikes are labeled %3</translation>
    </message>
    <message>
        <source>a model trained without it gives %1 %2 and %3 %4</source>
        <translation>a model trained without it gives %1 %2 and %3 %4</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The labels could not be audited: at least two labels with samples are needed.</source>
        <translation>The labels could not be audited: at least two labels with samples are needed.</translation>
    </message>
</context>
<context>
    <name>SuspectSource</name>
    <message>
        <source>The labels could not be audited.</source>
        <translation>The labels could not be audited.</translation>
    </message>
</context>
<context>
    <name>TaskProgressView</name>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>Initializing</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Stopping</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation>Task progress</translation>
    </message>
    <message>
        <source>Task stages</source>
        <translation>Task stages</translation>
    </message>
    <message>
        <source>&amp;Datasets</source>
        <translation>&amp;Datasets</translation>
    </message>
    <message>
        <source>S&amp;top task</source>
        <translation>S&amp;top task</translation>
    </message>
    <message>
        <source>Stop the task</source>
        <translation>Stop the task</translation>
    </message>
    <message>
        <source>Stop this auto-labeling task? Its results so far are discarded.</source>
        <translation>Stop this auto-labeling task? Its results so far are discarded.</translation>
    </message>
    <message>
        <source>&amp;Review the results</source>
        <translation>&amp;Review the results</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — task %2, started %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — task %2, started %3</translation>
    </message>
    <message>
        <source>%1 · %2 elapsed</source>
        <translation>%1 · %2 elapsed</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>%1 images, %2 labeled, %3 to confirm</source>
        <translation>%1 images, %2 labeled, %3 to confirm</translation>
    </message>
    <message>
        <source>&amp;Stop the task</source>
        <translation>&amp;Stop the task</translation>
    </message>
    <message>
        <source>&amp;Keep it running</source>
        <translation>&amp;Keep it running</translation>
    </message>
    <message>
        <source>Stopped at %p%</source>
        <translation>Stopped at %p%</translation>
    </message>
    <message>
        <source>Failed at %p%</source>
        <translation>Failed at %p%</translation>
    </message>
    <message>
        <source>The service says: %1</source>
        <translation>The service says: %1</translation>
    </message>
    <message>
        <source>%1 images, %2 labeled; its labels come to confirm when it ends</source>
        <translation>%1 images, %2 labeled; its labels come to confirm when it ends</translation>
    </message>
    <message>
        <source>The stop came too late: the task had already finished.</source>
        <translation>The stop came too late: the task had already finished.</translation>
    </message>
    <message>
        <source>The stop came too late: the task had already ended.</source>
        <translation>The stop came too late: the task had already ended.</translation>
    </message>
</context>
<context>
    <name>ThresholdDialog</name>
    <message>
        <source>Accept above a threshold</source>
        <translation>Accept above a threshold</translation>
    </message>
    <message>
        <source>Score threshold</source>
        <translation>Score threshold</translation>
    </message>
    <message>
        <source>A threshold &amp;per label</source>
        <translation>A threshold &amp;per label</translation>
    </message>
    <message>
        <source>Include &amp;hard examples</source>
        <translation>Include &amp;hard examples</translation>
    </message>
    <message>
        <source>Hard examples are the ones the model doubts: by default they are left for a person to look at.</source>
        <translation>Hard examples are the ones the model doubts: by default they are left for a person to look at.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Would accept</source>
        <translation>Would accept</translation>
    </message>
    <message>
        <source>Threshold for %1</source>
        <translation>Threshold for %1</translation>
    </message>
    <message>
        <source>Accept undecided samples with a score of at &amp;least</source>
        <translation>Accept undecided samples with a score of at &amp;least</translation>
    </message>
    <message numerus="yes">
        <source>%n undecided sample(s) would be accepted. Undo takes them all back in one step.</source>
        <translation>
            <numerusform>%n undecided sample would be accepted. Undo takes them all back in one step.</numerusform>
            <numerusform>%n undecided samples would be accepted. Undo takes them all back in one step.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the &amp;suggested thresholds</source>
        <translation>Use the &amp;suggested thresholds</translation>
    </message>
    <message>
        <source>Per label, the lowest score threshold at which the spot-check&apos;s 95 % lower bound of the precision reaches the target less its margin; a label without one is set to 1.00.</source>
        <translation>Per label, the lowest score threshold at which the spot-check&apos;s 95 % lower bound of the precision reaches the target less its margin; a label without one is set to 1.00.</translation>
    </message>
    <message>
        <source>Wrong among them</source>
        <translation>Wrong among them</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Precision (spot-check, 95 %)</source>
        <translation>Precision (spot-check, 95 %)</translation>
    </message>
</context>
<context>
    <name>ThumbnailFetcher</name>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>The image cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <source>HTTP %1 from the image service</source>
        <translation>HTTP %1 from the image service</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>&amp;Publish a version…</source>
        <translation>&amp;Publish a version…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>Published versions</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Labeled / images</source>
        <translation>Labeled / images</translation>
    </message>
    <message>
        <source>Train share</source>
        <translation>Train share</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Published versions (for training):</source>
        <translation>Published versions (for training):</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>publishing</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>deleting</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (current)</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>The versions could not be read: %1</translation>
    </message>
    <message>
        <source>The newest version failed: %1</source>
        <translation>The newest version failed: %1</translation>
    </message>
    <message>
        <source>No version yet: publish one to train on the confirmed labels.</source>
        <translation>No version yet: publish one to train on the confirmed labels.</translation>
    </message>
    <message>
        <source>Publishing %1…</source>
        <translation>Publishing %1…</translation>
    </message>
    <message>
        <source>No confirmed labels yet.</source>
        <translation>No confirmed labels yet.</translation>
    </message>
</context>
<context>
    <name>WorkflowController</name>
    <message>
        <source>The samples of %1 that were being sent cannot be sent now: %2</source>
        <translation>The samples of %1 that were being sent cannot be sent now: %2</translation>
    </message>
    <message>
        <source>Only image-classification datasets can be auto-labeled here.</source>
        <translation>Only image-classification datasets can be auto-labeled here.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused: %1</source>
        <translation>
            <numerusform>%n refused: %1</numerusform>
            <numerusform>%n refused: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZoomImageView</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
</TS>
