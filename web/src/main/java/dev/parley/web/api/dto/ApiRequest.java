package dev.parley.web.api.dto;

/** Marks the records that API request bodies are read into (see {@code JsonRequestReader}). */
public interface ApiRequest {
}
