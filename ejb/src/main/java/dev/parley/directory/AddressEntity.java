package dev.parley.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the single address namespace ({@code directory.address}): an account's primary
 * address, an alias, a domain's catch-all ({@code @domain}) or a group. The unique index on
 * {@code address} is what makes these mutually exclusive.
 */
@Entity
@Table(schema = "directory", name = "address")
public class AddressEntity {

    public enum Kind {
        ACCOUNT("account"), ALIAS("alias"), CATCHALL("catchall"), GROUP("group");

        private final String column;

        Kind(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }

        /** How a conflict message names the owner of an address. */
        public String describe() {
            return switch (this) {
                case ACCOUNT -> "an account";
                case ALIAS -> "an alias";
                case CATCHALL -> "the catch-all";
                case GROUP -> "a group";
            };
        }

        static Kind of(String column) {
            for (Kind kind : values()) {
                if (kind.column.equals(column)) {
                    return kind;
                }
            }
            throw new IllegalStateException("unknown address kind in database: " + column);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String address;

    @ManyToOne(optional = false)
    @JoinColumn(name = "domain_id", nullable = false)
    private DomainEntity domain;

    @Column(nullable = false)
    private String kind;

    @ManyToOne
    @JoinColumn(name = "account_id")
    private AccountEntity account;

    @ManyToOne
    @JoinColumn(name = "group_id")
    private MailGroupEntity group;

    @Column
    private String target;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AddressEntity() {
    }

    private AddressEntity(String address, DomainEntity domain, Kind kind, Instant now) {
        this.address = address;
        this.domain = domain;
        this.kind = kind.column();
        this.createdAt = now;
    }

    public static AddressEntity forAccount(AccountEntity account, Instant now) {
        AddressEntity entity = new AddressEntity(account.address(), account.getDomain(), Kind.ACCOUNT, now);
        entity.account = account;
        return entity;
    }

    public static AddressEntity forGroup(MailGroupEntity group, Instant now) {
        AddressEntity entity = new AddressEntity(group.address(), group.getDomain(), Kind.GROUP, now);
        entity.group = group;
        return entity;
    }

    /** An alias ({@code local@domain}) or, with kind CATCHALL, the catch-all {@code @domain}. */
    public static AddressEntity forAlias(String address, DomainEntity domain, Kind kind, String target, Instant now) {
        AddressEntity entity = new AddressEntity(address, domain, kind, now);
        entity.target = target;
        return entity;
    }

    public Long getId() {
        return id;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public DomainEntity getDomain() {
        return domain;
    }

    public Kind getKind() {
        return Kind.of(kind);
    }

    public AccountEntity getAccount() {
        return account;
    }

    public MailGroupEntity getGroup() {
        return group;
    }

    public String getTarget() {
        return target;
    }
}
