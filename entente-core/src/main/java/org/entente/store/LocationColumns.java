package org.entente.store;

import org.entente.model.Location;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

/** An event's location as nine columns of the events table (all null when the text places it nowhere). */
final class LocationColumns {
    static final String NAMES = "location_name, location_country, location_adm1, location_adm1_code, location_lat, "
            + "location_lon, location_geoname_id, location_grain, location_how";

    private LocationColumns() {
    }

    static void add(Statement st) throws SQLException {
        for (String column : new String[]{"location_name VARCHAR", "location_country VARCHAR", "location_adm1 VARCHAR", "location_adm1_code VARCHAR",
                "location_lat DOUBLE", "location_lon DOUBLE", "location_geoname_id BIGINT", "location_grain VARCHAR",
                "location_how VARCHAR"}) {
            st.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS " + column);
        }
    }

    /** Binds the columns from parameter {@code i} on; returns the next parameter. */
    static int bind(PreparedStatement ps, int i, Location l) throws SQLException {
        ps.setString(i++, l == null ? null : l.name());
        ps.setString(i++, l == null ? null : l.country());
        ps.setString(i++, l == null ? null : l.adm1());
        ps.setString(i++, l == null ? null : l.adm1Code());
        ps.setObject(i++, l == null ? null : l.lat(), Types.DOUBLE);
        ps.setObject(i++, l == null ? null : l.lon(), Types.DOUBLE);
        ps.setObject(i++, l == null ? null : l.geonameId(), Types.BIGINT);
        ps.setString(i++, l == null ? null : l.grain());
        ps.setString(i++, l == null ? null : l.how());
        return i;
    }

    /** The location held from column {@code i} on, or null. */
    static Location read(ResultSet rs, int i) throws SQLException {
        String name = rs.getString(i);
        if (name == null) return null;
        long id = rs.getLong(i + 6);
        Long geonameId = rs.wasNull() ? null : id;
        return new Location(name, rs.getString(i + 1), rs.getString(i + 2), rs.getString(i + 3), rs.getDouble(i + 4),
                rs.getDouble(i + 5), geonameId, rs.getString(i + 7), rs.getString(i + 8));
    }
}
