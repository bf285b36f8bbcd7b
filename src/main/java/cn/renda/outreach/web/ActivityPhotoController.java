package cn.renda.outreach.web;

import cn.renda.core.InvalidInputException;
import cn.renda.outreach.ActivityPhotos;
import cn.renda.outreach.PhotoContent;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Photos of an activity: add one from the activity page (camera on a phone), show, thumbnail, delete. */
@Controller
@PreAuthorize("hasAnyRole('DEPUTY','STREET','STAFF','ADMIN','LEADER','MEMBER')")
class ActivityPhotoController {

    private final ActivityPhotos photos;

    ActivityPhotoController(ActivityPhotos photos) {
        this.photos = photos;
    }

    @PostMapping("/outreach/activities/{id}/photos")
    @PreAuthorize("hasAnyRole('DEPUTY','STREET','STAFF','ADMIN')")
    String processPhoto(
            @PathVariable long id,
            @RequestParam(value = "photo", required = false) MultipartFile photo,
            RedirectAttributes redirect) {
        try {
            photos.add(id, PhotoUploads.of(photo));
            redirect.addFlashAttribute("flash", "outreach.flash.photoAdded");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems().get(0).messageKey());
            redirect.addFlashAttribute("flashErrorArgs", e.problems().get(0).arguments());
        }
        return "redirect:/outreach/activities/" + id + "#photos";
    }

    @PostMapping("/outreach/activities/{id}/photos/{photoId}/delete")
    @PreAuthorize("hasAnyRole('DEPUTY','STREET','STAFF','ADMIN')")
    String processDelete(@PathVariable long id, @PathVariable long photoId, RedirectAttributes redirect) {
        photos.delete(photoId);
        redirect.addFlashAttribute("flash", "outreach.flash.photoDeleted");
        return "redirect:/outreach/activities/" + id + "#photos";
    }

    @GetMapping("/outreach/photos/{photoId}")
    ResponseEntity<byte[]> showPhoto(@PathVariable long photoId) {
        return image(photos.content(photoId, false));
    }

    @GetMapping("/outreach/photos/{photoId}/thumbnail")
    ResponseEntity<byte[]> showThumbnail(@PathVariable long photoId) {
        return image(photos.content(photoId, true));
    }

    private static ResponseEntity<byte[]> image(PhotoContent c) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(c.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(c.data());
    }
}
