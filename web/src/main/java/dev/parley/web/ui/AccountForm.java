package dev.parley.web.ui;

import dev.parley.directory.api.AccountView;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The account dialog's inputs. Quota is entered in MiB; 0 means unlimited. */
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MIB = 1024L * 1024L;

    // RFC 5321 §4.1.2 dot-string characters; the directory checks the full grammar
    @NotBlank(message = "enter the part before the @")
    @Size(max = 64, message = "at most 64 characters (RFC 5321)")
    @Pattern(regexp = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]*", message = "letters, digits and . - _ + only (RFC 5321)")
    private String localPart;

    @Size(max = 200, message = "at most 200 characters")
    private String displayName;

    @Size(max = 200, message = "at most 200 characters")
    private String password;

    @NotNull(message = "enter a quota in MiB (0 for unlimited)")
    @Min(value = 0, message = "the quota cannot be negative")
    private Long quotaMib = 1024L;

    @NotBlank(message = "enter a class of service, e.g. default")
    private String classOfService = "default";

    private List<String> roles = new ArrayList<>(List.of("user"));

    static AccountForm of(AccountView account) {
        AccountForm form = new AccountForm();
        form.localPart = account.localPart();
        form.displayName = account.displayName();
        form.quotaMib = account.quotaBytes() / MIB;
        form.classOfService = account.classOfService();
        form.roles = new ArrayList<>(account.roles().stream().sorted().toList());
        return form;
    }

    Long quotaBytes() {
        return quotaMib == null ? null : quotaMib * MIB;
    }

    public String getLocalPart() {
        return localPart;
    }

    public void setLocalPart(String localPart) {
        this.localPart = localPart;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getQuotaMib() {
        return quotaMib;
    }

    public void setQuotaMib(Long quotaMib) {
        this.quotaMib = quotaMib;
    }

    public String getClassOfService() {
        return classOfService;
    }

    public void setClassOfService(String classOfService) {
        this.classOfService = classOfService;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
