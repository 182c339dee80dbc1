package vn.congvu.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the prepared statements of one connection for reuse. sqlite-jdbc compiles the SQL anew for every
 * {@code prepareStatement} and throws the compiled statement away on {@code close}; on the writer, where
 * the same dozen statements run for every save, that compiling is a large part of the work.
 *
 * <p>{@link #wrap} returns a connection that behaves like the one it wraps, except that
 * {@code prepareStatement(String)} hands out a kept statement when one with the same SQL is free, and
 * closing that statement resets it (closes its result set, clears its parameters and batch) and keeps it
 * instead of finalising it. Callers keep writing {@code try (PreparedStatement ps = c.prepareStatement(sql))}.
 * A statement already handed out (the same SQL run again while its result set is still being read) is
 * prepared fresh and not kept. At most {@code capacity} statements are kept, the least recently used are
 * finalised first; closing the connection finalises them all.
 *
 * <p>Not thread-safe: meant for the writer connection, which {@link Database} lets one thread use at a time.
 */
final class StatementCache implements InvocationHandler {

    private static final Logger LOG = LoggerFactory.getLogger(StatementCache.class);

    private final Connection real;
    private final int capacity;
    private final Map<String, Kept> kept;
    private Connection proxy;
    private long hits;
    private long misses;

    private StatementCache(Connection real, int capacity) {
        this.real = real;
        this.capacity = capacity;
        this.kept = new LinkedHashMap<>(capacity * 2, 0.75f, true);
    }

    static Connection wrap(Connection real, int capacity) {
        StatementCache cache = new StatementCache(real, capacity);
        cache.proxy = (Connection) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                new Class<?>[] {Connection.class}, cache);
        return cache.proxy;
    }

    /** The cache behind a connection made by {@link #wrap}, or null for any other connection. */
    static StatementCache of(Connection c) {
        return c != null && Proxy.isProxyClass(c.getClass()) && Proxy.getInvocationHandler(c) instanceof StatementCache sc
                ? sc : null;
    }

    long hits() {
        return hits;
    }

    long misses() {
        return misses;
    }

    int size() {
        return kept.size();
    }

    @Override
    public Object invoke(Object self, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        int arity = args == null ? 0 : args.length;
        if (name.equals("prepareStatement") && arity == 1) {
            return checkOut((String) args[0]);
        }
        if (name.equals("close") && arity == 0) {
            finaliseAll();
            real.close();
            return null;
        }
        if (name.equals("equals") && arity == 1) {
            return self == args[0];
        }
        if (name.equals("hashCode") && arity == 0) {
            return System.identityHashCode(self);
        }
        if (name.equals("toString") && arity == 0) {
            return "StatementCache(" + real + ")";
        }
        return delegate(method, real, args);
    }

    private PreparedStatement checkOut(String sql) throws SQLException {
        Kept k = kept.get(sql);
        if (k != null && !k.inUse && k.statement.isClosed()) {
            kept.remove(sql); // finalised behind our back (through its result set): prepare it again
            k = null;
        }
        if (k != null) {
            if (!k.inUse) {
                k.inUse = true;
                hits++;
                return k.handle;
            }
            // the same SQL is already running (a nested use): a one-off statement, finalised on close
            misses++;
            return real.prepareStatement(sql);
        }
        misses++;
        PreparedStatement ps = real.prepareStatement(sql);
        k = new Kept(sql, ps);
        k.inUse = true;
        kept.put(sql, k);
        evictBeyondCapacity();
        return k.handle;
    }

    private void evictBeyondCapacity() {
        if (kept.size() <= capacity) {
            return;
        }
        var it = kept.values().iterator();
        while (kept.size() > capacity && it.hasNext()) {
            Kept eldest = it.next();
            it.remove();
            eldest.evicted = true;
            if (!eldest.inUse) {
                eldest.finalise();
            }
        }
    }

    private void finaliseAll() {
        List<Kept> all = new ArrayList<>(kept.values());
        kept.clear();
        for (Kept k : all) {
            k.evicted = true;
            k.finalise();
        }
    }

    private static Object delegate(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** One kept statement and the handle callers get, whose {@code close} gives it back. */
    private final class Kept implements InvocationHandler {
        final String sql;
        final PreparedStatement statement;
        final PreparedStatement handle;
        boolean inUse;
        boolean evicted;
        /** A result set handed out, or a row pending after {@code execute()}: reset before the next use. */
        ResultSet open;
        boolean rowsPending;

        Kept(String sql, PreparedStatement statement) {
            this.sql = sql;
            this.statement = statement;
            this.handle = (PreparedStatement) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, this);
        }

        @Override
        public Object invoke(Object self, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            int arity = args == null ? 0 : args.length;
            switch (name) {
                case "close":
                    if (arity == 0) {
                        giveBack();
                        return null;
                    }
                    break;
                case "isClosed":
                    if (arity == 0) {
                        return !inUse || statement.isClosed();
                    }
                    break;
                case "getConnection":
                    if (arity == 0) {
                        return proxy;
                    }
                    break;
                case "executeQuery":
                    if (arity == 0) {
                        checkInUse();
                        ResultSet rs = statement.executeQuery();
                        open = rs;
                        return rs;
                    }
                    break;
                case "execute":
                    if (arity == 0) {
                        checkInUse();
                        boolean rows = statement.execute();
                        rowsPending = rows;
                        return rows;
                    }
                    break;
                case "getResultSet":
                    if (arity == 0) {
                        checkInUse();
                        ResultSet rs = statement.getResultSet();
                        open = rs;
                        return rs;
                    }
                    break;
                case "equals":
                    return self == args[0];
                case "hashCode":
                    return System.identityHashCode(self);
                case "toString":
                    return "kept " + statement;
                default:
                    break;
            }
            checkInUse();
            return delegate(method, statement, args);
        }

        private void checkInUse() throws SQLException {
            if (!inUse) {
                throw new SQLException("statement is closed");
            }
        }

        private void giveBack() throws SQLException {
            if (!inUse) {
                return; // closed twice
            }
            inUse = false;
            try {
                if (open == null && rowsPending) {
                    open = statement.getResultSet();
                }
                rowsPending = false;
                if (open != null) {
                    open.close(); // resets the statement, so it holds no read of the database
                    open = null;
                }
                statement.clearParameters();
                statement.clearBatch();
            } catch (SQLException | RuntimeException e) {
                kept.remove(sql, this);
                evicted = true;
                finalise();
                throw e;
            }
            if (evicted) {
                finalise();
            }
        }

        void finalise() {
            try {
                statement.close();
            } catch (SQLException e) {
                LOG.warn("finalising a kept statement failed", e);
            }
        }
    }
}
