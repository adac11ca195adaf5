<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>ModelArtsClient</name>
    <message>
        <source>No credentials: log in first.</source>
        <translation>No credentials: log in first.</translation>
    </message>
    <message>
        <source>The answer to %1 is not what the API documents: %2</source>
        <translation>The answer to %1 is not what the API documents: %2</translation>
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
</context>
</TS>
