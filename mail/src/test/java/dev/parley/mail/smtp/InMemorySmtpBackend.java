package dev.parley.mail.smtp;

import dev.parley.mail.net.sasl.SaslCredentials;
import dev.parley.mail.smtp.backend.AuthResult;
import dev.parley.mail.smtp.backend.DeliveryResult;
import dev.parley.mail.smtp.backend.Envelope;
import dev.parley.mail.smtp.backend.MailFrom;
import dev.parley.mail.smtp.backend.MessageSink;
import dev.parley.mail.smtp.backend.Recipient;
import dev.parley.mail.smtp.backend.SessionInfo;
import dev.parley.mail.smtp.backend.SmtpBackend;
import dev.parley.mail.smtp.backend.Verdict;
import io.netty.buffer.ByteBuf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The test back end: users with passwords and tokens, local domains, per-recipient verdicts,
 * and messages kept in memory once committed. {@link #holdCommits} leaves commit stages pending so a
 * test can check that nothing is acknowledged before durability.
 */
final class InMemorySmtpBackend implements SmtpBackend {

    record Stored(Envelope envelope, String queueId, String content) {
    }

    final Map<String, String> passwords = new HashMap<>();
    final Map<String, String> tokens = new HashMap<>();
    final Map<String, Verdict> recipientVerdicts = new HashMap<>();
    final Map<String, Verdict> deliveryVerdicts = new HashMap<>();
    final List<String> localDomains = new ArrayList<>(List.of("example.org", "bücher.example"));
    final List<Stored> messages = new ArrayList<>();
    final List<CompletableFuture<DeliveryResult>> heldCommits = new ArrayList<>();
    final List<MailFrom> senders = new ArrayList<>();
    final List<Recipient> recipients = new ArrayList<>();
    boolean holdCommits;
    boolean failRecipientChecks;
    boolean failAuth;
    int aborted;
    private int nextId = 1;

    InMemorySmtpBackend user(String name, String password) {
        passwords.put(name, password);
        return this;
    }

    @Override
    public AuthResult authenticate(SaslCredentials credentials, SessionInfo session) {
        if (failAuth) {
            return AuthResult.failed(AuthResult.Failure.TEMPORARY);
        }
        String expected = passwords.get(credentials.username());
        return expected != null && expected.equals(credentials.secret())
                ? AuthResult.success(credentials.username()) : AuthResult.failed(AuthResult.Failure.INVALID);
    }

    @Override
    public AuthResult authenticateBearer(SaslCredentials credentials, SessionInfo session) {
        String user = tokens.get(credentials.secret());
        return user != null && (credentials.username() == null || user.equals(credentials.username()))
                ? AuthResult.success(user) : AuthResult.failed(AuthResult.Failure.INVALID);
    }

    @Override
    public Verdict checkSender(MailFrom mailFrom, SessionInfo session) {
        senders.add(mailFrom);
        return Verdict.accept();
    }

    @Override
    public Verdict checkRecipient(Recipient recipient, MailFrom mailFrom, SessionInfo session) {
        if (failRecipientChecks) {
            throw new IllegalStateException("directory unavailable");
        }
        recipients.add(recipient);
        Verdict configured = recipientVerdicts.get(recipient.address());
        if (configured != null) {
            return configured;
        }
        String domain = recipient.address().substring(recipient.address().lastIndexOf('@') + 1);
        boolean local = localDomains.contains(domain) || recipient.address().equalsIgnoreCase("postmaster");
        return local || session.authenticated() ? Verdict.accept() : Verdict.reject(Verdict.Rejection.RELAY_DENIED);
    }

    @Override
    public MessageSink beginMessage(Envelope envelope) {
        String queueId = "Q" + nextId++;
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        return new MessageSink() {
            @Override
            public String queueId() {
                return queueId;
            }

            @Override
            public void write(ByteBuf data) {
                byte[] bytes = new byte[data.readableBytes()];
                data.getBytes(data.readerIndex(), bytes);
                content.writeBytes(bytes);
            }

            @Override
            public CompletionStage<DeliveryResult> commit() {
                List<Verdict> per = envelope.session().mode().isLmtp()
                        ? envelope.recipients().stream().map(r -> deliveryVerdicts.getOrDefault(r.address(), Verdict.accept())).toList()
                        : List.of();
                CompletableFuture<DeliveryResult> stage = new CompletableFuture<>();
                stage.thenRun(() -> messages.add(new Stored(envelope, queueId, content.toString(StandardCharsets.UTF_8))));
                if (holdCommits) {
                    heldCommits.add(stage);
                } else {
                    stage.complete(new DeliveryResult(queueId, per));
                }
                return stage;
            }

            @Override
            public void abort() {
                aborted++;
            }
        };
    }

    Stored only() {
        if (messages.size() != 1) {
            throw new AssertionError("expected one message, got " + messages.size());
        }
        return messages.get(0);
    }

    /** The stored message without its Received: trace field (two or three folded lines). */
    static String body(String content) {
        int end = content.indexOf("\r\n", content.indexOf("; ", content.indexOf("\tby ")));
        return content.substring(end + 2);
    }
}
