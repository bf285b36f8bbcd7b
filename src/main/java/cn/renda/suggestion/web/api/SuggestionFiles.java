package cn.renda.suggestion.web.api;

import cn.renda.handling.NewAttachment;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A suggestion's evidence file as a download (always as an attachment, never rendered inline). */
public final class SuggestionFiles {

    private SuggestionFiles() {}

    public static ResponseEntity<byte[]> download(NewAttachment file) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.data());
    }
}
