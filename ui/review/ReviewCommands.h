#pragma once

struct Decision;

// What the review's actions ask of the page that shows the review (ReviewPage implements it): the
// decisions, moving through the samples, the image's zoom and the review's dialogs. The actions and the
// viewer send these intents; they do not reach into the page's parts.
class ReviewCommands
{
public:
    virtual ~ReviewCommands() = default;

    // For the selected samples, or the current one.
    virtual void decide(const Decision &decision) = 0;
    virtual void skip() = 0;
    virtual void relabelTo(int labelIndex) = 0;
    virtual void askRelabel() = 0;
    // Deletes the selected samples from the dataset, after asking (they leave the review and the counts).
    virtual void askDelete() = 0;
    virtual void moveCurrent(int delta) = 0;
    virtual void selectAllShown() = 0;
    // The detail pane's image.
    virtual void zoomBy(double factor) = 0;
    virtual void fitImage() = 0;
    virtual void openViewer() = 0;
    // The samples most like the current one, nearest first; the group view on or off.
    virtual void moreLikeThis() = 0;
    virtual void toggleGroups() = 0;
    // The machine label x decision table, live (ConfusionView).
    virtual void openConfusions() = 0;
    virtual void openThresholdDialog() = 0;
    virtual void openSpotCheck() = 0;
    virtual void openConfirmDialog() = 0;
    // The labels this review confirmed, audited: a suspect review of those among them that look wrong.
    virtual void questionConfirmed() = 0;
    virtual void undo() = 0;
    virtual void redo() = 0;
    virtual void reload() = 0;
    // Back to the task (the button under the grid).
    virtual void back() = 0;

protected:
    ReviewCommands() = default;
    ReviewCommands(const ReviewCommands &) = default;
    ReviewCommands &operator=(const ReviewCommands &) = default;
};
