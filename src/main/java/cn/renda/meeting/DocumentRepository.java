package cn.renda.meeting;

import cn.renda.core.TenantContext;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for meeting documents and their read receipts. */
@Repository
class DocumentRepository {

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Documents of a meeting; {@code members} are the person ids counted as readers. */
    DocumentKind kindOf(long documentId) {
        return jdbc.sql("select kind from meeting.document where congress_id = ? and id = ?")
                .params(TenantContext.orNone(), documentId)
                .query(String.class)
                .optional()
                .map(DocumentKind::valueOf)
                .orElse(DocumentKind.OTHER);
    }

    List<DocumentView> documents(long meetingId, Collection<Long> members) {
        Long[] ids = members.toArray(Long[]::new);
        return jdbc.sql(
                        """
                        select d.id, d.meeting_id, d.kind, d.title, d.file_name, d.content_type, d.size, d.uploaded_at,
                               (select count(*) from meeting.document_read r
                                where r.congress_id = :congress and r.document_id = d.id
                                  and r.person_id = any(:members)) as members_read
                        from meeting.document d where d.congress_id = :congress and d.meeting_id = :meeting order by d.id
                        """)
                .param("congress", TenantContext.orNone())
                .param("members", ids)
                .param("meeting", meetingId)
                .query((rs, n) -> new DocumentView(
                        rs.getLong("id"),
                        rs.getLong("meeting_id"),
                        DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getInt("size"),
                        rs.getObject("uploaded_at", OffsetDateTime.class),
                        rs.getInt("members_read")))
                .list();
    }

    Optional<Long> meetingOf(long documentId) {
        return jdbc.sql("select meeting_id from meeting.document where congress_id = ? and id = ?")
                .param(TenantContext.orNone())
                .param(documentId)
                .query(Long.class)
                .optional();
    }

    long insert(
            long meetingId,
            DocumentKind kind,
            String title,
            String fileName,
            String contentType,
            byte[] content,
            long by) {
        return jdbc.sql(
                        """
                        insert into meeting.document (meeting_id, kind, title, file_name, content_type, content, size, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(meetingId, kind.name(), title, fileName, contentType, content, content.length, by)
                .query(Long.class)
                .single();
    }

    Optional<DocumentContent> content(long documentId) {
        return jdbc.sql(
                        "select file_name, content_type, content from meeting.document where congress_id = ? and id = ?")
                .param(TenantContext.orNone())
                .param(documentId)
                .query((rs, n) -> new DocumentContent(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    /** Records the first reading by an account; later readings change nothing. */
    void markRead(long documentId, long accountId, Long personId, String reader) {
        jdbc.sql(
                        """
                        insert into meeting.document_read (document_id, account_id, person_id, reader) values (?, ?, ?, ?)
                        on conflict (congress_id, document_id, account_id) do nothing
                        """)
                .params(documentId, accountId, personId, reader)
                .update();
    }

    /** Person id → first reading of the document. */
    Map<Long, OffsetDateTime> readers(long documentId) {
        Map<Long, OffsetDateTime> readers = new HashMap<>();
        jdbc.sql(
                        "select person_id, min(read_at) from meeting.document_read where congress_id = ? and document_id = ? and person_id is not null group by person_id")
                .param(TenantContext.orNone())
                .param(documentId)
                .query((rs, n) -> readers.put(
                        rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class)
                                .atZoneSameInstant(MeetingRepository.ZONE)
                                .toOffsetDateTime()))
                .list();
        return readers;
    }
}
