package io.authcognito.it.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** The store's own resources, guarded by the roles the library's login gives, reading the store's own persistence unit. */
@Path("orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    @Inject
    SecurityContext security;

    @PersistenceContext(unitName = "store")
    EntityManager store;

    @GET
    @Path("mine")
    @RolesAllowed("customer")
    public Map<String, Object> mine() {
        return Map.of("customerId", security.getCallerPrincipal().getName(),
                "orders", store.createNativeQuery("SELECT 0").getSingleResult());
    }

    /** An answer the store builds itself, which the library's error mappers must leave alone. */
    @GET
    @Path("unpaid")
    @RolesAllowed("customer")
    public String unpaid() {
        throw new WebApplicationException(Response.status(402).type(MediaType.TEXT_PLAIN).entity("pay first").build());
    }

    @GET
    @Path("vip-offers")
    @RolesAllowed("vip")
    public Map<String, String> vipOffers() {
        return Map.of("customerId", security.getCallerPrincipal().getName());
    }
}
