package cn.renda.outreach.web;

import cn.renda.core.InvalidInputException;
import cn.renda.outreach.NewPhoto;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** Uploaded parts as photo commands; a browser sends an empty part when no file was chosen. */
final class PhotoUploads {

    private PhotoUploads() {}

    static List<NewPhoto> of(List<MultipartFile> files) {
        List<NewPhoto> out = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (f != null && !f.isEmpty()) {
                out.add(of(f));
            }
        }
        return out;
    }

    static NewPhoto of(MultipartFile f) {
        if (f == null || f.isEmpty()) {
            throw new InvalidInputException("photo", "outreach.error.photo");
        }
        try {
            return new NewPhoto(f.getOriginalFilename(), f.getContentType(), f.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
