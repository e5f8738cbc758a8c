<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * An answer that is not the JSON the spec promises: blank where a body is needed, HTML, cut
 * off, nested too deep, larger than the client's cap, or of the wrong shape. `error` is
 * "invalid_response"; the description says what was wrong and where, never a value.
 */
class InvalidResponseException extends ApiException
{
}
