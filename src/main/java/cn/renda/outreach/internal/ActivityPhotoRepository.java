package cn.renda.outreach.internal;

import cn.renda.core.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of activity photos (schema outreach only). */
@Repository
class ActivityPhotoRepository {

    /** A photo's metadata with who may delete it. */
    record PhotoRow(
            long id,
            long activityId,
            String fileName,
            int sizeBytes,
            Long uploadedBy,
            OffsetDateTime uploadedAt,
            Long activityRecordedBy) {}

    /** Who recorded an activity, where, and who attended (for the photo rules). */
    record Owner(long activityId, Long recordedBy, long streetId, List<Long> deputyIds) {}

    private final JdbcClient jdbc;

    ActivityPhotoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Owner> owner(long activityId) {
        return jdbc.sql(
                        "select id, recorded_by, street_id, deputy_ids from outreach.activity where congress_id = ? and id = ?")
                .param(TenantContext.orNone())
                .param(activityId)
                .query((rs, n) -> new Owner(
                        rs.getLong("id"),
                        rs.getObject("recorded_by", Long.class),
                        rs.getLong("street_id"),
                        List.of((Long[]) rs.getArray("deputy_ids").getArray())))
                .optional();
    }

    int count(long activityId) {
        return jdbc.sql("select count(*) from outreach.activity_photo where congress_id = ? and activity_id = ?")
                .param(TenantContext.orNone())
                .param(activityId)
                .query(Integer.class)
                .single();
    }

    long insert(long activityId, String fileName, String contentType, byte[] data, byte[] thumbnail, Long by) {
        return jdbc.sql("insert into outreach.activity_photo (activity_id, file_name, content_type, data, thumbnail,"
                        + " size_bytes, uploaded_by) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(activityId, fileName, contentType, data, thumbnail, data.length, by)
                .query(Long.class)
                .single();
    }

    List<PhotoRow> of(long activityId) {
        return jdbc.sql(SELECT + " where p.congress_id = ? and p.activity_id = ? order by p.id")
                .param(TenantContext.orNone())
                .param(activityId)
                .query(ActivityPhotoRepository::row)
                .list();
    }

    Optional<PhotoRow> find(long id) {
        return jdbc.sql(SELECT + " where p.congress_id = ? and p.id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query(ActivityPhotoRepository::row)
                .optional();
    }

    /** {content type, bytes} of the photo or its thumbnail (always JPEG). */
    Optional<Object[]> content(long id, boolean thumbnail) {
        return jdbc.sql(
                        thumbnail
                                ? "select 'image/jpeg' t, thumbnail d from outreach.activity_photo where congress_id = ? and id = ?"
                                : "select content_type t, data d from outreach.activity_photo where congress_id = ? and id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query((rs, n) -> new Object[] {rs.getString("t"), rs.getBytes("d")})
                .optional();
    }

    void delete(long id) {
        jdbc.sql("delete from outreach.activity_photo where congress_id = ? and id = ?")
                .params(TenantContext.orNone(), id)
                .update();
    }

    private static final String SELECT = "select p.id, p.activity_id, p.file_name, p.size_bytes, p.uploaded_by,"
            + " p.uploaded_at, a.recorded_by from outreach.activity_photo p join outreach.activity a"
            + " on a.congress_id = p.congress_id and a.id = p.activity_id";

    private static PhotoRow row(ResultSet rs, int n) throws SQLException {
        return new PhotoRow(
                rs.getLong("id"),
                rs.getLong("activity_id"),
                rs.getString("file_name"),
                rs.getInt("size_bytes"),
                rs.getObject("uploaded_by", Long.class),
                rs.getObject("uploaded_at", OffsetDateTime.class),
                rs.getObject("recorded_by", Long.class));
    }
}
