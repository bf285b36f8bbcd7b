package cn.renda.organization;

import cn.renda.core.PersonalData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 20261218.0291: seals every person's plain phone (added by 0290, dropped by 0292). It runs as the
 * migration owner, beside the SQL migrations, with the application's personal-data key.
 */
@Component
class PersonPhoneSealing implements JavaMigration {

    private final PersonalData personalData;

    PersonPhoneSealing(PersonalData personalData) {
        this.personalData = personalData;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("20261218.0291");
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public String getDescription() {
        return "person phones sealed";
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (PreparedStatement select = c.prepareStatement(
                        "select congress_id, id, phone from organization.person where phone is not null and phone <> ''");
                PreparedStatement update = c.prepareStatement(
                        "update organization.person set phone_sealed = ?, phone_digest = ?, phone_masked = ?,"
                                + " phone = null where congress_id = ? and id = ?");
                ResultSet rs = select.executeQuery()) {
            int n = 0;
            while (rs.next()) {
                String phone = rs.getString(3);
                update.setString(1, personalData.seal(phone));
                update.setString(2, personalData.digest(phone));
                update.setString(3, PersonalData.maskPhone(phone));
                update.setLong(4, rs.getLong(1));
                update.setLong(5, rs.getLong(2));
                update.addBatch();
                if (++n % 500 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }
}
