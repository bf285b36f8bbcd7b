package cn.renda.identity;

import cn.renda.core.PersonalData;
import cn.renda.core.PersonalDataSealing;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.stereotype.Component;

/** Accounts' mobile numbers kept in plain text (before 20261218.0392) are sealed into {@code mobile_sealed}. */
@Component
class AccountMobileSealing extends PersonalDataSealing {

    AccountMobileSealing(PersonalData personalData) {
        super(personalData);
    }

    @Override
    protected void seal(Connection c, PersonalData personalData) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                        "select congress_id, id, mobile from identity.account where mobile is not null");
                PreparedStatement update = c.prepareStatement("update identity.account set mobile_sealed = ?,"
                        + " mobile = null where congress_id = ? and id = ?");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                update.setString(1, personalData.seal(rs.getString(3)));
                update.setLong(2, rs.getLong(1));
                update.setLong(3, rs.getLong(2));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
