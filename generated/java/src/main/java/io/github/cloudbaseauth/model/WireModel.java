// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A request or response type of the API: it writes itself as its JSON object (wire names). */
public interface WireModel {
    /** The JSON object of this value's fields, by wire name (absent fields left out). */
    ObjectNode toJson();
}
