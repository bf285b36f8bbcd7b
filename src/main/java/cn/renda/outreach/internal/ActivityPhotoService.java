package cn.renda.outreach.internal;

import cn.renda.core.InvalidInputException;
import cn.renda.core.InvalidInputException.FieldProblem;
import cn.renda.core.NotFoundException;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.NewAttachment;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.outreach.ActivityPhotos;
import cn.renda.outreach.ActivityView;
import cn.renda.outreach.NewActivity;
import cn.renda.outreach.NewOpinion;
import cn.renda.outreach.NewPhoto;
import cn.renda.outreach.PhotoContent;
import cn.renda.outreach.PhotoView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activity photos: the engine's attachment rules (through {@link HandlingFacade#checkAttachment}), images only,
 * a thumbnail made once at upload, and the rules of who may add and delete.
 */
@Service
class ActivityPhotoService implements ActivityPhotos {

    private final ActivityPhotoRepository repo;
    private final ActivityService activities;
    private final OutreachAccess access;
    private final HandlingFacade handling;

    ActivityPhotoService(
            ActivityPhotoRepository repo, ActivityService activities, OutreachAccess access, HandlingFacade handling) {
        this.repo = repo;
        this.activities = activities;
        this.access = access;
        this.handling = handling;
    }

    @Override
    @Transactional
    public ActivityView record(NewActivity activity, NewOpinion opinion, List<NewPhoto> photos) {
        List<NewPhoto> uploads = photos == null ? List.of() : photos;
        if (uploads.size() > MAX_PER_ACTIVITY) {
            throw new InvalidInputException("photos", "outreach.error.photoCount", MAX_PER_ACTIVITY);
        }
        // checked before anything is written: a bad photo leaves no activity behind
        List<Checked> checked = uploads.stream().map(p -> check(p, "photos")).toList();
        ActivityView v = activities.record(activity, opinion);
        Long by = access.user().id();
        checked.forEach(c -> repo.insert(v.id(), c.name(), c.type(), c.data(), c.thumbnail(), by));
        return v;
    }

    @Override
    @Transactional
    public PhotoView add(long activityId, NewPhoto photo) {
        CurrentUser user = access.user();
        ActivityPhotoRepository.Owner owner = owner(activityId);
        if (!mayAdd(user, owner)) {
            throw new AccessDeniedException("not your activity");
        }
        if (repo.count(activityId) >= MAX_PER_ACTIVITY) {
            throw new InvalidInputException("photo", "outreach.error.photoCount", MAX_PER_ACTIVITY);
        }
        Checked c = check(photo, "photo");
        long id = repo.insert(activityId, c.name(), c.type(), c.data(), c.thumbnail(), user.id());
        return view(repo.find(id).orElseThrow(), user);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayAdd(long activityId) {
        return mayAdd(access.user(), owner(activityId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PhotoView> photos(long activityId) {
        CurrentUser user = access.user();
        return repo.of(activityId).stream().map(r -> view(r, user)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public PhotoContent content(long photoId, boolean thumbnail) {
        access.user();
        Object[] c = repo.content(photoId, thumbnail).orElseThrow(() -> new NotFoundException("photo", photoId));
        return new PhotoContent((String) c[0], (byte[]) c[1]);
    }

    @Override
    @Transactional
    public void delete(long photoId) {
        CurrentUser user = access.user();
        ActivityPhotoRepository.PhotoRow row =
                repo.find(photoId).orElseThrow(() -> new NotFoundException("photo", photoId));
        if (!mayDelete(user, row)) {
            throw new AccessDeniedException("not your photo");
        }
        repo.delete(photoId);
    }

    private ActivityPhotoRepository.Owner owner(long activityId) {
        return repo.owner(activityId).orElseThrow(() -> new NotFoundException("activity", activityId));
    }

    private boolean mayAdd(CurrentUser user, ActivityPhotoRepository.Owner owner) {
        return Objects.equals(owner.recordedBy(), user.id())
                || access.handlesStreet(user, owner.streetId())
                || (user.hasAny(Role.DEPUTY) && owner.deputyIds().contains(user.personId()));
    }

    private boolean mayDelete(CurrentUser user, ActivityPhotoRepository.PhotoRow row) {
        return Objects.equals(row.uploadedBy(), user.id())
                || Objects.equals(row.activityRecordedBy(), user.id())
                || user.hasAny(Role.STAFF, Role.ADMIN);
    }

    private PhotoView view(ActivityPhotoRepository.PhotoRow r, CurrentUser user) {
        return new PhotoView(r.id(), r.activityId(), r.fileName(), r.sizeBytes(), r.uploadedAt(), mayDelete(user, r));
    }

    private record Checked(String name, String type, byte[] data, byte[] thumbnail) {}

    private Checked check(NewPhoto photo, String field) {
        if (photo == null || photo.data() == null || photo.data().length == 0) {
            throw new InvalidInputException(field, "outreach.error.photo");
        }
        NewAttachment checked;
        try {
            checked = handling.checkAttachment(new NewAttachment(photo.fileName(), photo.contentType(), photo.data()));
        } catch (InvalidInputException e) {
            // the engine's rules answer for the field "file"; here the field is the photo input
            List<FieldProblem> problems = new ArrayList<>();
            e.problems().forEach(p -> problems.add(new FieldProblem(field, p.messageKey(), p.arguments())));
            throw new InvalidInputException(problems);
        }
        if (!checked.contentType().startsWith("image/")) {
            throw new InvalidInputException(field, "outreach.error.photo");
        }
        byte[] thumbnail = Thumbnails.of(checked.data())
                .orElseThrow(() -> new InvalidInputException(field, "outreach.error.photo"));
        return new Checked(checked.filename(), checked.contentType(), checked.data(), thumbnail);
    }
}
