package cn.renda.meeting;

import cn.renda.core.InvalidInputException;
import cn.renda.core.NotFoundException;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.NewAttachment;
import cn.renda.identity.CurrentUser;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.ScMemberView;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meeting documents distributed to the members, with read receipts (the first opening by each account). */
@Service
@Transactional(readOnly = true)
public class DocumentFacade {

    /** Largest document accepted. */
    public static final int MAX_SIZE = 20 * 1024 * 1024;

    private final DocumentRepository documents;
    private final MeetingFacade meetings;
    private final PersonRegistry people;
    private final HandlingFacade handling;
    private final DraftResolutionAccess drafts;

    DocumentFacade(
            DocumentRepository documents,
            MeetingFacade meetings,
            PersonRegistry people,
            HandlingFacade handling,
            DraftResolutionAccess drafts) {
        this.documents = documents;
        this.meetings = meetings;
        this.people = people;
        this.handling = handling;
        this.drafts = drafts;
    }

    /**
     * The documents of a meeting with the number of SC members who read each; draft resolutions only for those
     * who may read them before adoption ({@link DraftResolutionAccess}).
     */
    public List<DocumentView> documents(long meetingId) {
        MeetingView meeting = meetings.get(meetingId);
        boolean mayReadDrafts = drafts.mayRead(meeting, CurrentUser.require());
        return documents
                .documents(
                        meetingId,
                        people.scMembers().stream().map(ScMemberView::personId).toList())
                .stream()
                .filter(d -> mayReadDrafts || d.kind() != DocumentKind.DRAFT_RESOLUTION)
                .toList();
    }

    /** Distributes a document to a meeting's members; returns its id. */
    @Transactional
    public long distribute(
            long meetingId, DocumentKind kind, String title, String fileName, String contentType, byte[] content) {
        meetings.get(meetingId);
        if (kind == null) {
            throw new InvalidInputException("kind", "meeting.error.required");
        }
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 200) {
            throw new InvalidInputException("title", "meeting.error.title");
        }
        if (content == null || content.length == 0 || content.length > MAX_SIZE) {
            throw new InvalidInputException("file", "meeting.error.file");
        }
        // The engine's attachment rules: a whitelist of types, each checked against the file's first bytes, so
        // an EXE named .pdf is refused whatever its name or declared type.
        NewAttachment checked =
                handling.checkAttachment(new NewAttachment(fileName, sniff(contentType, content), content));
        return documents.insert(
                meetingId,
                kind,
                t,
                checked.filename(),
                checked.contentType(),
                checked.data(),
                CurrentUser.require().id());
    }

    /**
     * The declared type, or when a client declares none (or only {@code application/octet-stream}) the type the
     * first bytes show for the formats that say it themselves (PDF, PNG, JPEG).
     */
    static String sniff(String declared, byte[] content) {
        String type = declared == null ? "" : declared.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (!type.isEmpty() && !type.equals("application/octet-stream")) {
            return type;
        }
        if (startsWith(content, "%PDF")) {
            return "application/pdf";
        }
        if (content.length > 3 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N') {
            return "image/png";
        }
        if (content.length > 2 && (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xD8) {
            return "image/jpeg";
        }
        return type;
    }

    private static boolean startsWith(byte[] content, String prefix) {
        byte[] p = prefix.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return content.length >= p.length && java.util.Arrays.equals(content, 0, p.length, p, 0, p.length);
    }

    /** Opens a document of the meeting for the signed-in user, recording the read receipt. */
    @Transactional
    public DocumentContent open(long meetingId, long documentId) {
        if (documents.meetingOf(documentId).filter(m -> m == meetingId).isEmpty()) {
            throw new NotFoundException("document", documentId);
        }
        CurrentUser user = CurrentUser.require();
        if (documents.kindOf(documentId) == DocumentKind.DRAFT_RESOLUTION
                && !drafts.mayRead(meetings.get(meetingId), user)) {
            // As if it were not there: a draft's existence is not a unit's or a deputy's business either.
            throw new NotFoundException("document", documentId);
        }
        documents.markRead(documentId, user.id(), user.personId(), user.displayName());
        return documents.content(documentId).orElseThrow(() -> new NotFoundException("document", documentId));
    }

    /** Every current SC member with the time they first read the document (null: not yet). */
    public List<ReadReceipt> receipts(long meetingId, long documentId) {
        if (documents.meetingOf(documentId).filter(m -> m == meetingId).isEmpty()) {
            throw new NotFoundException("document", documentId);
        }
        Map<Long, java.time.OffsetDateTime> readers = documents.readers(documentId);
        return people.scMembers().stream()
                .map(m -> new ReadReceipt(m.personId(), m.name(), readers.get(m.personId())))
                .toList();
    }
}
