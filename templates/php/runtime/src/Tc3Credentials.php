<?php

declare(strict_types=1);

namespace CloudBase\Auth;

use CloudBase\Auth\Exception\ConfigurationException;
use CloudBase\Auth\Internal\Redact;
use CloudBase\Auth\Internal\Secret;

/**
 * An API key pair (SecretId, SecretKey; and for temporary keys a session token) that signs
 * requests with TC3-HMAC-SHA256, as @cloudbase/node-sdk signs POST /token/clientCredential.
 * Shows only the SecretId.
 */
final class Tc3Credentials implements \JsonSerializable, \Stringable
{
    public readonly string $secretId;
    private readonly Secret $secretKey;
    private readonly ?Secret $sessionToken;

    public function __construct(
        string $secretId,
        #[\SensitiveParameter] string $secretKey,
        #[\SensitiveParameter] ?string $sessionToken = null,
    ) {
        $secretId = trim($secretId);
        if ($secretId === '') {
            throw new ConfigurationException('TC3 credentials: the secret id must not be empty');
        }
        if ($secretKey === '') {
            throw new ConfigurationException('TC3 credentials: the secret key must not be empty');
        }
        $this->secretId = $secretId;
        $this->secretKey = new Secret($secretKey);
        $this->sessionToken = $sessionToken === null || $sessionToken === '' ? null : new Secret($sessionToken);
    }

    /**
     * The Authorization value of one request, signing content-type and host (the two headers
     * TC3 requires) like the Python and Go clients: path and query as on the wire, the body's
     * exact bytes, the timestamp in Unix seconds (the credential scope's date is its UTC date).
     */
    public function authorization(
        string $method,
        string $path,
        string $query,
        string $host,
        string $contentType,
        #[\SensitiveParameter] string $body,
        int $timestamp,
    ): string {
        $algorithm = 'TC3-HMAC-SHA256';
        $service = 'tcb';
        if (str_starts_with($contentType, 'multipart/form-data')) {
            $contentType = 'multipart/form-data';
        }
        $headers = 'content-type:' . $contentType . "\nhost:" . strtolower(trim($host)) . "\n";
        $signed = 'content-type;host';
        $canonical = implode("\n", [$method, $path, $query, $headers, $signed, hash('sha256', $body)]);
        $date = gmdate('Y-m-d', $timestamp);
        $scope = $date . '/' . $service . '/tc3_request';
        $toSign = $algorithm . "\n" . $timestamp . "\n" . $scope . "\n" . hash('sha256', $canonical);
        $key = hash_hmac('sha256', $date, 'TC3' . $this->secretKey->reveal(), true);
        $key = hash_hmac('sha256', $service, $key, true);
        $key = hash_hmac('sha256', 'tc3_request', $key, true);
        $signature = hash_hmac('sha256', $toSign, $key);
        $value = "{$algorithm} Credential={$this->secretId}/{$scope}, SignedHeaders={$signed}, Signature={$signature}, Timestamp={$timestamp}";
        if ($this->sessionToken !== null) {
            $value .= ', Token=' . $this->sessionToken->reveal();
        }
        return $value;
    }

    /**
     * @internal the literal secrets, to redact from free text
     * @return list<string>
     */
    public function secrets(): array
    {
        return array_values(array_filter([$this->secretKey->reveal(), $this->sessionToken?->reveal()]));
    }

    /** @return array<string, string> */
    public function __debugInfo(): array
    {
        return ['secretId' => $this->secretId, 'secretKey' => Redact::REDACTED];
    }

    /** @return array<string, string> */
    public function jsonSerialize(): array
    {
        return $this->__debugInfo();
    }

    public function __toString(): string
    {
        return 'Tc3Credentials(secretId=' . $this->secretId . ', secretKey=' . Redact::REDACTED . ')';
    }
}
