package cn.renda.meeting.web;

import cn.renda.core.DomainException;
import cn.renda.meeting.DocumentContent;
import cn.renda.meeting.DocumentFacade;
import cn.renda.meeting.DocumentKind;
import cn.renda.meeting.MeetingFacade;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Meeting documents: distribute (upload), open (with read receipt), read receipts per member. */
@Controller
@PreAuthorize("isAuthenticated()")
class DocumentController {

    private final DocumentFacade documents;
    private final MeetingFacade meetings;

    DocumentController(DocumentFacade documents, MeetingFacade meetings) {
        this.documents = documents;
        this.meetings = meetings;
    }

    @PostMapping("/meetings/{id}/documents")
    @PreAuthorize(MeetingController.WRITE)
    String processUpload(
            @PathVariable long id,
            @RequestParam DocumentKind kind,
            @RequestParam String title,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        try {
            documents.distribute(id, kind, title, file.getOriginalFilename(), file.getContentType(), file.getBytes());
            redirect.addFlashAttribute("flash", "meeting.flash.document");
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", "meeting.error.file");
        }
        return "redirect:/meetings/" + id + "#documents";
    }

    @GetMapping("/meetings/{id}/documents/{documentId}")
    ResponseEntity<byte[]> open(@PathVariable long id, @PathVariable long documentId) {
        return download(documents.open(id, documentId));
    }

    @GetMapping("/meetings/{id}/documents/{documentId}/receipts")
    @PreAuthorize("hasAnyRole('STAFF','ADMIN','LEADER')")
    String showReceipts(@PathVariable long id, @PathVariable long documentId, Model model) {
        model.addAttribute("meeting", meetings.get(id));
        model.addAttribute(
                "document",
                documents.documents(id).stream()
                        .filter(d -> d.id() == documentId)
                        .findFirst()
                        .orElseThrow(() -> new cn.renda.core.NotFoundException("document", documentId)));
        model.addAttribute("receipts", documents.receipts(id, documentId));
        return "meeting/receipts";
    }

    /** A document as an attachment (never rendered inline, whatever its type). */
    static ResponseEntity<byte[]> download(DocumentContent c) {
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
}
