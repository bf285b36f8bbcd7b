package cn.renda.meeting;

import cn.renda.core.InvalidInputException;
import cn.renda.core.NotFoundException;
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

    DocumentFacade(DocumentRepository documents, MeetingFacade meetings, PersonRegistry people) {
        this.documents = documents;
        this.meetings = meetings;
        this.people = people;
    }

    /** The documents of a meeting with the number of SC members who read each. */
    public List<DocumentView> documents(long meetingId) {
        meetings.get(meetingId);
        return documents.documents(
                meetingId,
                people.scMembers().stream().map(ScMemberView::personId).toList());
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
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        return documents.insert(
                meetingId, kind, t, name, type, content, CurrentUser.require().id());
    }

    /** Opens a document of the meeting for the signed-in user, recording the read receipt. */
    @Transactional
    public DocumentContent open(long meetingId, long documentId) {
        if (documents.meetingOf(documentId).filter(m -> m == meetingId).isEmpty()) {
            throw new NotFoundException("document", documentId);
        }
        CurrentUser user = CurrentUser.require();
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
