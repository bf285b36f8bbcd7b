package cn.renda.handling.internal;

import cn.renda.core.InvalidInputException;
import cn.renda.core.NotFoundException;
import cn.renda.handling.AttachmentContent;
import cn.renda.handling.AttachmentView;
import cn.renda.handling.NewAttachment;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Attachments of a case: the rules for files (size, type whitelist, magic bytes), who may attach, storage. */
@Component
class Attachments {
    /** Content types accepted for attachments. */
    static final Set<String> ATTACHMENT_TYPES = Set.of(
            "application/pdf",
            "image/png",
            "image/jpeg",
            "text/plain",
            "application/msword",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    final HandlingRepository repo;
    final CaseAccess access;
    final long maxAttachmentBytes;

    Attachments(
            HandlingRepository repo,
            CaseAccess access,
            @Value("${renda.handling.attachment.max-bytes:10485760}") long maxAttachmentBytes) {
        this.repo = repo;
        this.access = access;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    // ---- attachments ---------------------------------------------------------------------------

    AttachmentView attach(long caseId, NewAttachment a) {
        CurrentUser user = CurrentUser.require();
        CaseRow row = access.visibleCase(caseId, user);
        if (!mayAttach(row, user)) {
            throw new org.springframework.security.access.AccessDeniedException("attach");
        }
        NewAttachment checked = checkAttachment(a);
        String name = checked.filename();
        String type = checked.contentType();
        String sha = sha256(a.data());
        repo.lockCase(caseId);
        long id = repo.insertAttachment(caseId, name, type, a.data(), sha, user.id());
        repo.appendEvent(
                caseId,
                user.id(),
                user.displayName(),
                "ATTACH",
                row.state(),
                row.state(),
                Map.of("attachmentId", id, "filename", name, "sha256", sha, "size", a.data().length));
        return repo.attachments(caseId).stream()
                .filter(x -> x.id() == id)
                .findFirst()
                .orElseThrow();
    }

    NewAttachment checkAttachment(NewAttachment a) {
        if (a == null || a.data() == null || a.data().length == 0 || a.data().length > maxAttachmentBytes) {
            throw new InvalidInputException("file", "handling.error.attachment.size", maxAttachmentBytes / 1024 / 1024);
        }
        String type = a.contentType() == null
                ? ""
                : a.contentType().split(";")[0].trim().toLowerCase();
        if (!ATTACHMENT_TYPES.contains(type) || !contentMatches(type, a.data())) {
            throw new InvalidInputException("file", "handling.error.attachment.type");
        }
        String name = a.filename() == null || a.filename().isBlank()
                ? "attachment"
                : a.filename().replaceAll("[\\\\/\\r\\n\"]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return new NewAttachment(name, type, a.data());
    }

    boolean mayAttach(long caseId) {
        CurrentUser user = CurrentUser.require();
        return mayAttach(access.visibleCase(caseId, user), user);
    }

    /** Staff, leaders and admins, a unit with an active assignment, or a proposer; never on a final case. */
    boolean mayAttach(CaseRow row, CurrentUser user) {
        boolean may = user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER)
                || (user.hasAny(Role.UNIT)
                        && user.unitId() != null
                        && repo.assignments(row.id()).stream()
                                .anyMatch(x -> x.state().active() && x.unitId() == user.unitId()))
                || repo.isProposer(row.id(), user.id());
        return may && !row.finalState();
    }

    /** A light check that the bytes are what the declared type says (magic numbers). */
    static boolean contentMatches(String type, byte[] d) {
        return switch (type) {
            case "application/pdf" -> startsWith(d, "%PDF".getBytes(StandardCharsets.US_ASCII));
            case "image/png" -> startsWith(d, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            case "image/jpeg" -> startsWith(d, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> startsWith(
                    d, new byte[] {'P', 'K', 3, 4});
            case "application/msword", "application/vnd.ms-excel" -> startsWith(
                    d, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
            case "text/plain" -> {
                for (byte b : d) {
                    if (b == 0) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> false;
        };
    }

    static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    AttachmentContent attachment(long caseId, long attachmentId) {
        access.visibleCase(caseId, CurrentUser.require());
        return repo.attachment(caseId, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }
}
