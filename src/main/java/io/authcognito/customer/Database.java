package io.authcognito.customer;

/**
 * The names by which the product finds its database inside an application that may have units and
 * data sources of its own: its persistence unit, and the data source that unit and the
 * revocation listener use (declare it in {@code server.xml}).
 */
public final class Database {

    public static final String UNIT = "auth-cognito";
    public static final String DATA_SOURCE = "jdbc/auth-cognito";

    private Database() {
    }
}
