package dev.parley.calendar.wcap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One component named by {@code uid} + {@code rid} + {@code mod}. Commands take parallel
 * {@code ;}-lists (SUN63 fxyyr); a single {@code rid} or {@code mod} applies to every uid (Mozilla sends
 * {@code uid=a;b&mod=1&rid=r1;r2}). {@code rid=0} or absent: non-recurring or the whole series.
 */
public record ComponentRef(String uid, Instant rid, Mod mod) {

    public ComponentRef {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(mod, "mod");
    }

    /** True when the whole component (master and all instances) is meant. */
    public boolean wholeSeries() {
        return rid == null || mod == Mod.THISANDALL;
    }

    public static List<ComponentRef> fromParams(WcapParams params, WcapErrno errno) {
        List<String> uids = params.list("uid");
        if (uids.isEmpty() || uids.stream().anyMatch(String::isBlank)) {
            throw new WcapException(errno, "missing uid");
        }
        List<String> rids = params.list("rid");
        List<String> mods = params.list("mod");
        if (rids.size() > 1 && rids.size() != uids.size() || mods.size() > 1 && mods.size() != uids.size()) {
            throw new WcapException(WcapErrno.INSUFFICIENT_PARAMETERS,
                    "uid, rid and mod lists differ in length: " + uids.size() + "/" + rids.size() + "/" + mods.size());
        }
        boolean rchange = params.flag("rchange", false);
        List<ComponentRef> out = new ArrayList<>();
        for (int i = 0; i < uids.size(); i++) {
            String r = rids.isEmpty() ? null : rids.get(rids.size() == 1 ? 0 : i);
            String m = mods.isEmpty() ? null : mods.get(mods.size() == 1 ? 0 : i);
            Instant rid = WcapDateTime.parse(r, null, errno);
            Mod mod = rchange ? Mod.THISANDALL : Mod.of(m, errno);
            if (rid == null && mods.isEmpty()) {
                mod = Mod.THISANDALL;
            }
            out.add(new ComponentRef(uids.get(i), rid, mod));
        }
        return out;
    }
}
