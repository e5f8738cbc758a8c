<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Internal;

/**
 * The spec's data the runtime needs beyond single operations: servers, regions, secret names,
 * the refresh operation, the error catalogue's classes, the version. The generated
 * GeneratedSpec::api() builds it from the IR.
 *
 * @internal
 */
final class ApiSpec
{
    /**
     * @param list<string> $chinaRegions regions served by $gatewayUrl (the spec's x-china-regions)
     * @param list<string> $intlRegions regions served by $intlGatewayUrl (x-intl-regions); any other region is refused
     * @param list<string> $secretFields the spec's x-secret names, redacted on top of the built-in ones
     * @param array<string, OperationSpec> $operations by operationId
     * @param list<array{0: string, 1: string}> $refreshBody the refresh request's fixed fields
     * @param array<string, class-string<\CloudBase\Auth\Exception\ApiException>> $errorClasses wire code => class
     */
    public function __construct(
        public readonly string $gatewayUrl,
        public readonly string $intlGatewayUrl,
        public readonly array $chinaRegions,
        public readonly array $intlRegions,
        public readonly array $secretFields,
        public readonly array $operations,
        public readonly ?string $refreshOperation,
        public readonly array $refreshBody,
        public readonly array $errorClasses,
        public readonly string $version,
        public readonly ?string $introspectOperation = null, // the operation TokenVerifier asks (GET /token/introspect)
    ) {
    }

    public function operation(string $operationId): OperationSpec
    {
        return $this->operations[$operationId] ?? throw new \InvalidArgumentException("no operation {$operationId} in the spec");
    }

    /** The operation that renews an administrator token with the API key pair (TC3-signed, storing a session). */
    public function tc3SessionOperation(): ?OperationSpec
    {
        foreach ($this->operations as $op) {
            if ($op->auth === 'tc3' && $op->storesSession) {
                return $op;
            }
        }
        return null;
    }
}
