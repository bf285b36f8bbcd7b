package cn.renda.outreach;

import java.util.List;

/**
 * Photos of activities, taken on a phone at the activity: checked by the engine's attachment rules (size, type
 * whitelist, magic bytes) and decoded once to make a thumbnail; deletable by whoever recorded the activity or
 * uploaded the photo (and the office).
 */
public interface ActivityPhotos {

    /** At most this many photos per activity. */
    int MAX_PER_ACTIVITY = 12;

    /** Records an activity (and an opinion met there, may be null) with its photos in one transaction. */
    ActivityView record(NewActivity activity, NewOpinion opinion, List<NewPhoto> photos);

    /** Adds a photo to an activity (the recorder, street staff of its street, the office, attending deputies). */
    PhotoView add(long activityId, NewPhoto photo);

    /** Whether the signed-in user may add photos to the activity. */
    boolean mayAdd(long activityId);

    /** The photos of an activity, oldest first, with whether the signed-in user may delete each. */
    List<PhotoView> photos(long activityId);

    /** A photo's bytes, or its thumbnail's. */
    PhotoContent content(long photoId, boolean thumbnail);

    /** Deletes a photo (its uploader, the activity's recorder, the office). */
    void delete(long photoId);
}
