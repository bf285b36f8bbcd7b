package cn.renda.organization;

import cn.renda.core.PersonalData;
import cn.renda.core.PersonalDataSealing;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.stereotype.Component;

/**
 * People's phones kept in plain text by the schema before 20261218.0290 (or restored from an older backup) are
 * sealed into {@code phone_sealed} with their digest and mask, and the plain column is emptied.
 */
@Component
class PersonPhoneSealing extends PersonalDataSealing {

    PersonPhoneSealing(PersonalData personalData) {
        super(personalData);
    }

    @Override
    protected void seal(Connection c, PersonalData personalData) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                        "select congress_id, id, phone from organization.person where phone is not null");
                PreparedStatement update = c.prepareStatement(
                        "update organization.person set phone_sealed = ?, phone_digest = ?, phone_masked = ?,"
                                + " phone = null where congress_id = ? and id = ?");
                ResultSet rs = select.executeQuery()) {
            int n = 0;
            while (rs.next()) {
                String phone =
                        rs.getString(3).isBlank() ? null : rs.getString(3).strip();
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
