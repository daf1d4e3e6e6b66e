package dev.parley.web.ui;

import dev.parley.directory.api.DirectoryException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Console feedback: directory refusals go to the input they are about, everything else to the growl. */
final class Messages {

    /** DirectoryException field names whose console input has another id. */
    private static final Map<String, String> INPUT_IDS = Map.of("quotaBytes", "quota");

    private Messages() {
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static void refused(DirectoryException e, String formId) {
        refused(e, formId, null);
    }

    /**
     * Shows a refusal of the directory: on the input of {@code formId} named by the exception's field
     * (or, for a conflict without one, on {@code conflictField}: the name that is already taken) when
     * the form has that input, globally otherwise; marks validation as failed so the dialog stays open.
     * Summary and detail are both set: growls show the summary, {@code p:message} the detail.
     */
    static void refused(DirectoryException e, String formId, String conflictField) {
        FacesContext faces = FacesContext.getCurrentInstance();
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage());
        String field = e.field() != null ? e.field()
                : e.kind() == DirectoryException.Kind.CONFLICT ? conflictField : null;
        UIComponent input = null;
        if (field != null && formId != null) {
            input = faces.getViewRoot().findComponent(":" + formId + ":" + INPUT_IDS.getOrDefault(field, field));
        }
        if (input instanceof UIInput in) {
            if (in.getSubmittedValue() == null && in.getValue() != null) {
                // keep showing what was typed: renderers show the submitted value of an invalid input
                in.setSubmittedValue(String.valueOf(in.getValue()));
            }
            in.setValid(false);
            faces.addMessage(input.getClientId(faces), message);
        } else {
            faces.addMessage(null, message);
        }
        faces.validationFailed();
    }

    /** Splits a text area or a comma list into trimmed non-empty entries. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String join(List<String> values) {
        return values == null ? "" : values.stream().collect(Collectors.joining("\n"));
    }
}
