package nl.stagemakelaar.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The project's own settings (`stagemakelaar.*` in application.properties), typed and checked at start. */
@ConfigMapping(prefix = "stagemakelaar")
public interface AppConfig {

    /** Load {@code demo/demo-data.sql} at start: on in dev and tests, off in production unless asked for. */
    @WithDefault("false")
    boolean demoData();

    /** Accept the demo realm's secrets in the production profile (a demo stack such as docker-compose only). */
    @WithDefault("false")
    boolean allowDevSecrets();

    Invitations invitations();

    Retention retention();

    PublicLinks publicLinks();

    Webhooks webhooks();

    Reports reports();

    /** The programme report (report/ReportSnapshots). */
    interface Reports {
        /** How long the organisation's report is kept after it was computed; a lead's refresh computes it anew. */
        @WithDefault("10m")
        java.time.Duration keptFor();
    }

    /** Delivery of webhooks (integration/WebhookWorker). */
    interface Webhooks {
        /** How often the outbox is read (the scheduler reads the property itself). */
        @WithDefault("5s")
        java.time.Duration every();

        /** The wait after the first failure; it doubles per attempt up to {@link #maxRetry()}. */
        @WithDefault("30s")
        java.time.Duration firstRetry();

        @WithDefault("1h")
        java.time.Duration maxRetry();

        /** How long an event keeps being retried (at least 24 hours). */
        @WithDefault("25h")
        java.time.Duration retryFor();

        /** An endpoint failing this long is paused until a lead resumes it. */
        @WithDefault("24h")
        java.time.Duration pauseAfter();

        @WithDefault("50")
        int batch();

        /** Plain http for receivers beside us (development, tests); production takes https only. */
        @WithDefault("false")
        boolean allowHttp();

        /** Receivers on this machine or the private network (development, tests); production refuses them. */
        @WithDefault("false")
        boolean allowPrivateAddresses();
    }

    /** The survey and invitation endpoints that take no token. */
    interface PublicLinks {

        /** Requests per minute per client address; more answer 429. */
        @WithDefault("60")
        int requestsPerMinute();
    }

    /** The job that anonymises closed cases after the retention period. */
    interface Retention {

        /** When it runs (a Quartz-style cron, or "off"). */
        String cron();
    }

    /** Employer portal invitations. */
    interface Invitations {

        /** Where the SPA runs; an invitation link is {@code <appUrl>/invitation#<token>}. */
        String appUrl();

        /** How many days an invitation link works. */
        @WithDefault("14")
        int validDays();

        /** Return the link to the broker (when no real mail goes out, as with the mock mailer). */
        @WithDefault("false")
        boolean showLink();
    }
}
