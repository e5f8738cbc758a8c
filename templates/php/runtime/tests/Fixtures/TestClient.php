<?php

declare(strict_types=1);

namespace CloudBase\Auth\Tests\Fixtures;

use CloudBase\Auth\Exception;
use CloudBase\Auth\Internal\ApiSpec;
use CloudBase\Auth\Internal\BaseClient;
use CloudBase\Auth\Internal\OperationSpec;

/**
 * A client over a small hand-written spec, so the runtime's tests run without any generated
 * file (the generated CloudBaseAuth is the same class with the real spec's operations).
 */
final class TestClient extends BaseClient
{
    protected static function api(): ApiSpec
    {
        return new ApiSpec(
            gatewayUrl: 'https://{envId}.api.tcloudbasegateway.com/auth/v1',
            intlGatewayUrl: 'https://{envId}.api.intl.tcloudbasegateway.com/auth/v1',
            chinaRegions: ['ap-shanghai', 'ap-guangzhou'],
            intlRegions: ['ap-singapore', 'eu-frankfurt'],
            secretFields: ['verification_code', 'private_note'],
            operations: [
                'signIn' => new OperationSpec('signIn', 'POST', '/signin', 'none', true, false, true),
                'signInCustom' => new OperationSpec('signInCustom', 'POST', '/signin/custom', 'none', true, false, true, ['provider_id' => 'custom']),
                'grantToken' => new OperationSpec('grantToken', 'POST', '/token', 'none', true, false, true),
                'getUserMe' => new OperationSpec('getUserMe', 'GET', '/user/me', 'bearer'),
                'deleteUserMe' => new OperationSpec('deleteUserMe', 'DELETE', '/user/me', 'bearer', false, true),
                'revokeToken' => new OperationSpec('revokeToken', 'POST', '/revoke', 'bearer_optional', false, true, true),
                'unbindProvider' => new OperationSpec('unbindProvider', 'DELETE', '/user/provider/{provider_id}', 'bearer'),
                'getAuthorizeInfo' => new OperationSpec('getAuthorizeInfo', 'GET', '/user/authorize/info', 'bearer_or_basic', false, false, true),
                'basicCall' => new OperationSpec('basicCall', 'POST', '/basic', 'basic', false, false, true),
                'introspectToken' => new OperationSpec('introspectToken', 'GET', '/token/introspect', 'bearer'),
                'getClientCredential' => new OperationSpec('getClientCredential', 'POST', '/token/clientCredential', 'tc3', true, false, false, ['grant_type' => 'client_credentials']),
            ],
            refreshOperation: 'grantToken',
            refreshBody: [['grant_type', 'refresh_token']],
            errorClasses: ['invalid_grant' => Exception\HttpBadRequestException::class],
            version: '0.0.0-test',
            introspectOperation: 'introspectToken',
        );
    }

    /**
     * Any operation of the test spec, as a generated method would call it.
     *
     * @param array<string, mixed> $path
     * @param array<string, mixed> $query
     * @param array<string, mixed> $headers
     * @param array<string, mixed>|null $body
     * @param array<string, string> $extraHeaders
     * @return array<mixed>
     */
    public function op(
        string $operationId,
        #[\SensitiveParameter] array $path = [],
        #[\SensitiveParameter] array $query = [],
        #[\SensitiveParameter] array $headers = [],
        #[\SensitiveParameter] ?array $body = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
    ): array {
        return $this->call($operationId, $path, $query, $headers, $body, $requestId, $timeout, $extraHeaders);
    }
}
