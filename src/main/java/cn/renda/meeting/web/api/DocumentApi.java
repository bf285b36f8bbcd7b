package cn.renda.meeting.web.api;

import cn.renda.meeting.DocumentFacade;
import cn.renda.meeting.DocumentKind;
import cn.renda.meeting.DocumentView;
import cn.renda.meeting.ReadReceipt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Meeting documents: list with read counts, distribute, open (recording the read receipt), receipts. */
@RestController
@RequestMapping("/api/v1/meetings/{id}/documents")
@PreAuthorize("isAuthenticated()")
class DocumentApi {

    private final DocumentFacade documents;

    DocumentApi(DocumentFacade documents) {
        this.documents = documents;
    }

    @GetMapping
    List<DocumentView> list(@PathVariable long id) {
        return documents.documents(id);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('STAFF','ADMIN')")
    ResponseEntity<DocumentView> distribute(
            @PathVariable long id,
            @RequestParam DocumentKind kind,
            @RequestParam String title,
            @RequestParam("file") MultipartFile file)
            throws IOException {
        long documentId = documents.distribute(
                id, kind, title, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        DocumentView view = documents.documents(id).stream()
                .filter(d -> d.id() == documentId)
                .findFirst()
                .orElseThrow();
        return ResponseEntity.status(201).body(view);
    }

    @GetMapping("/{documentId}")
    ResponseEntity<byte[]> open(@PathVariable long id, @PathVariable long documentId) {
        var c = documents.open(id, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(c.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(c.content());
    }

    @GetMapping("/{documentId}/receipts")
    @PreAuthorize("hasAnyRole('STAFF','ADMIN','LEADER')")
    List<ReadReceipt> receipts(@PathVariable long id, @PathVariable long documentId) {
        return documents.receipts(id, documentId);
    }
}
