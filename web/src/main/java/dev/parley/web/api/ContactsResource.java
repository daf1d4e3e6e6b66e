package dev.parley.web.api;

import static dev.parley.web.api.ApiResponsesDoc.PROBLEM;
import static dev.parley.web.api.ApiResponsesDoc.UNAUTHORIZED;

import dev.parley.contacts.api.AddressBook;
import dev.parley.contacts.api.ContactsService;
import dev.parley.contacts.api.ImportResult;
import dev.parley.contacts.api.Share;
import dev.parley.contacts.api.Suggestion;
import dev.parley.web.api.dto.AddressBookShareRequest;
import dev.parley.web.api.dto.NewAddressBookRequest;
import dev.parley.web.api.problem.Problem;
import dev.parley.web.api.security.AnyAuthenticatedUser;
import dev.parley.web.api.security.CallerSecurityContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/contacts}: the caller's address books for the browser client and scripts — list and
 * create books, autocomplete, import and export (vCard, CSV, LDIF), sharing. Cards themselves are
 * read and written over CardDAV ({@code /dav/}); docs/contacts.md and docs/api.md.
 */
@Path("contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
@AnyAuthenticatedUser
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such address book for the caller", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class ContactsResource {

    @EJB
    ContactsService contacts;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    private String user() {
        return CallerSecurityContext.callerOf(security).username();
    }

    @GET
    @Path("books")
    @Operation(operationId = "listAddressBooks", summary = "The caller's books, books shared with them, the corporate directory")
    public List<AddressBook> books() {
        return contacts.books(user());
    }

    @POST
    @Path("books")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAddressBook", summary = "Create an address book")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "409", description = "the name is taken or reserved", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(NewAddressBookRequest body) {
        NewAddressBookRequest b = Bodies.required(body);
        AddressBook created = contacts.createBook(user(), b.name(), b.displayName(), b.description());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.name()).build()).entity(created).build();
    }

    @DELETE
    @Path("books/{book}")
    @Operation(operationId = "deleteAddressBook", summary = "Delete an address book (not the default one)")
    @APIResponse(responseCode = "204", description = "deleted")
    public void delete(@PathParam("book") String book) {
        contacts.deleteBook(user(), book);
    }

    @GET
    @Path("autocomplete")
    @Operation(operationId = "autocompleteAddresses",
            summary = "Addresses whose name or address words start with the typed words, most written-to first")
    public List<Suggestion> autocomplete(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("10") int limit) {
        return contacts.autocomplete(user(), q, limit);
    }

    @POST
    @Path("books/{book}/import")
    @Consumes({"text/vcard", "text/x-vcard", "text/csv", "text/x-ldif", "text/directory", MediaType.TEXT_PLAIN,
            MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importContacts", summary = "Import a vCard, CSV (Outlook or Google) or LDIF file; "
            + "format=vcard|csv|csv-outlook|ldif, or guessed from the content")
    @APIResponse(responseCode = "200", description = "what was imported and what was skipped, with reasons",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    public ImportResult importCards(@PathParam("book") String book, @QueryParam("format") String format, String body) {
        return contacts.importCards(user(), book, format, body == null ? "" : body);
    }

    @GET
    @Path("books/{book}/export")
    @Produces({"text/vcard", "text/csv", "text/x-ldif"})
    @Operation(operationId = "exportContacts", summary = "The whole book as vCard (default), csv (Google), csv-outlook or ldif")
    public Response export(@PathParam("book") String book, @QueryParam("format") @DefaultValue("vcard") String format) {
        String type = switch (format) {
            case "csv", "csv-google", "csv-outlook" -> "text/csv; charset=utf-8";
            case "ldif" -> "text/x-ldif; charset=utf-8";
            default -> "text/vcard; charset=utf-8";
        };
        String extension = type.startsWith("text/csv") ? "csv" : type.startsWith("text/x-ldif") ? "ldif" : "vcf";
        return Response.ok(contacts.export(user(), book, format), type)
                .header("Content-Disposition", "attachment; filename=\"" + book + "." + extension + "\"").build();
    }

    @GET
    @Path("books/{book}/cards/{resource}/photo")
    @Produces("image/*")
    @Operation(operationId = "cardPhoto", summary = "The inline photo of a card")
    public Response photo(@PathParam("book") String book, @PathParam("resource") String resource) {
        return contacts.photo(user(), book, resource)
                .map(p -> Response.ok(p.data(), p.mediaType()).build())
                .orElseThrow(() -> new NotFoundException("no photo"));
    }

    @GET
    @Path("books/{book}/shares")
    @Operation(operationId = "listShares", summary = "Who the book is shared with (owner only)")
    public List<Share> shares(@PathParam("book") String book) {
        return contacts.shares(user(), book);
    }

    @PUT
    @Path("books/{book}/shares/{address}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "shareBook", summary = "Share the book with an account, read-only or read-write (owner only)")
    @APIResponse(responseCode = "204", description = "shared")
    public void share(@PathParam("book") String book, @PathParam("address") String address, AddressBookShareRequest body) {
        contacts.share(user(), book, new Share(address, Bodies.required(body).writable()));
    }

    @DELETE
    @Path("books/{book}/shares/{address}")
    @Operation(operationId = "unshareBook", summary = "Stop sharing the book with an account (owner only)")
    @APIResponse(responseCode = "204", description = "no longer shared")
    public void unshare(@PathParam("book") String book, @PathParam("address") String address) {
        contacts.unshare(user(), book, address);
    }
}
