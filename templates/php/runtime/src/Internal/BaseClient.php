<?php

declare(strict_types=1);

namespace CloudBase\Auth\Internal;

use CloudBase\Auth\Exception\ApiException;
use CloudBase\Auth\Exception\ConfigurationException;
use CloudBase\Auth\Exception\ConnectionException;
use CloudBase\Auth\Exception\GatewayException;
use CloudBase\Auth\Exception\HttpBadRequestException;
use CloudBase\Auth\Exception\HttpConflictException;
use CloudBase\Auth\Exception\HttpForbiddenException;
use CloudBase\Auth\Exception\HttpNotFoundException;
use CloudBase\Auth\Exception\HttpServerErrorException;
use CloudBase\Auth\Exception\HttpTooManyRequestsException;
use CloudBase\Auth\Exception\HttpUnauthorizedException;
use CloudBase\Auth\Exception\InvalidResponseException;
use CloudBase\Auth\Exception\NotSignedInException;
use CloudBase\Auth\Exception\StorageException;
use CloudBase\Auth\Exception\TimeoutException;
use CloudBase\Auth\Model;
use CloudBase\Auth\Session;
use CloudBase\Auth\Storage\LockingStorage;
use CloudBase\Auth\Storage\MemoryStorage;
use CloudBase\Auth\Storage\Storage;
use CloudBase\Auth\Tc3Credentials;

/**
 * The request pipeline under the generated CloudBaseAuth: one operation plus arguments into
 * one HTTP exchange. URL (base + percent-encoded path parameters + query, client_id on calls
 * without a bearer token, as the JS SDK does), headers (persistent x-device-id, fresh
 * x-request-id, x-sdk-version), auth (the session's bearer token, renewed first when it is
 * about to expire; Basic client credentials; a TC3 signature), JSON body, safe retries within
 * one deadline, typed errors, and the session bookkeeping.
 *
 * Credentials are only ever sent to the configured host, and redirects are never followed.
 *
 * @internal the public surface is the generated CloudBase\Auth\CloudBaseAuth
 */
abstract class BaseClient implements \Stringable
{
    public const DEFAULT_REGION = 'ap-shanghai';
    public const DEFAULT_TIMEOUT = 30.0;
    public const DEFAULT_MAX_RETRIES = 2;
    public const DEFAULT_REFRESH_SKEW = 30.0;
    public const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
    public const MAX_JSON_DEPTH = 512;
    /** The options new CloudBaseAuth(envId: ..., options: [...]) takes. */
    public const OPTIONS = [
        'region', 'baseUrl', 'clientId', 'clientSecret', 'secretId', 'secretKey', 'sessionToken', 'storage',
        'deviceId', 'maxRetries', 'timeout', 'refreshSkew', 'maxResponseBytes', 'logger', 'transport', 'clock', 'sleep',
    ];

    private readonly ApiSpec $spec;
    private readonly string $envId;
    private readonly string $region;
    private readonly string $clientId;
    private readonly ?Secret $clientSecret;
    private readonly ?Tc3Credentials $tc3;
    private readonly string $baseUrl;
    private readonly string $authority; // host[:port] as configured
    private readonly string $basePath;
    private readonly Storage $storage;
    private readonly string $deviceId;
    private readonly string $sessionKey;
    private readonly int $maxRetries;
    private readonly float $timeout;
    private readonly float $refreshSkew;
    private readonly int $maxResponseBytes;
    private readonly ?object $logger;
    private readonly Transport $transport;
    /** @var \Closure(): float epoch seconds */
    private readonly \Closure $clock;
    /** @var \Closure(float): void */
    private readonly \Closure $sleep;
    private ?Session $session = null;

    /** The spec's data (generated). */
    abstract protected static function api(): ApiSpec;

    /**
     * @param string $envId the CloudBase environment ID
     * @param array<string, mixed> $options see the package README: region, baseUrl, clientId,
     *        clientSecret, secretId + secretKey (+ sessionToken), storage, deviceId, maxRetries,
     *        timeout, refreshSkew, maxResponseBytes, logger; transport, clock and sleep for tests
     * @throws ConfigurationException a bad option (an unknown region, a base URL with a query ...)
     * @throws StorageException the storage cannot be read
     */
    public function __construct(string $envId, #[\SensitiveParameter] array $options = [])
    {
        $this->spec = static::api();
        Redact::addSecretFields($this->spec->secretFields);
        $unknown = array_diff(array_keys($options), self::OPTIONS);
        if ($unknown !== []) {
            throw new ConfigurationException('unknown option "' . implode('", "', $unknown) . '"; the options are: ' . implode(', ', self::OPTIONS));
        }
        if ($envId === '') {
            throw new ConfigurationException('envId must not be empty');
        }
        $this->envId = $envId;
        $this->region = self::stringOption($options, 'region') ?? self::DEFAULT_REGION;
        $baseUrl = self::stringOption($options, 'baseUrl');
        // The regions come from the spec (x-china-regions, x-intl-regions), through the IR.
        $known = array_merge($this->spec->chinaRegions, $this->spec->intlRegions);
        if ($baseUrl === null) {
            if (!in_array($this->region, $known, true)) {
                throw new ConfigurationException('unknown region "' . $this->region . '"; the known regions are: ' . implode(', ', $known) . ' (or pass baseUrl)');
            }
            if (preg_match('/^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/', $envId) !== 1) {
                throw new ConfigurationException("envId may only hold letters, digits, '-' and '_' (or pass baseUrl)");
            }
            $template = in_array($this->region, $this->spec->intlRegions, true) ? $this->spec->intlGatewayUrl : $this->spec->gatewayUrl;
            $baseUrl = str_replace('{envId}', $envId, $template);
        } elseif (array_key_exists('region', $options) && !in_array($this->region, $known, true)) {
            throw new ConfigurationException('unknown region "' . $this->region . '"; the known regions are: ' . implode(', ', $known));
        }
        $this->logger = self::loggerOption($options);
        [$this->baseUrl, $this->authority, $this->basePath] = $this->parseBaseUrl($baseUrl);
        $this->clientId = self::stringOption($options, 'clientId') ?? $envId;
        $secret = self::stringOption($options, 'clientSecret');
        $this->clientSecret = $secret === null ? null : new Secret($secret);
        $secretId = self::stringOption($options, 'secretId');
        $secretKey = self::stringOption($options, 'secretKey');
        if (($secretId === null) !== ($secretKey === null)) {
            throw new ConfigurationException('secretId and secretKey go together: pass both or neither');
        }
        $this->tc3 = $secretId === null || $secretKey === null ? null : new Tc3Credentials($secretId, $secretKey, self::stringOption($options, 'sessionToken'));
        $storage = $options['storage'] ?? new MemoryStorage();
        if (!$storage instanceof Storage) {
            throw new ConfigurationException('option storage must implement ' . Storage::class);
        }
        $this->storage = $storage;
        $this->maxRetries = self::intOption($options, 'maxRetries', self::DEFAULT_MAX_RETRIES, 0);
        $this->timeout = self::floatOption($options, 'timeout', self::DEFAULT_TIMEOUT);
        $this->refreshSkew = self::floatOption($options, 'refreshSkew', self::DEFAULT_REFRESH_SKEW, true);
        $this->maxResponseBytes = self::intOption($options, 'maxResponseBytes', self::DEFAULT_MAX_RESPONSE_BYTES, 1);
        $transport = $options['transport'] ?? new CurlTransport();
        if (!$transport instanceof Transport) {
            throw new ConfigurationException('option transport must implement ' . Transport::class);
        }
        $this->transport = $transport;
        $clock = $options['clock'] ?? static fn (): float => microtime(true);
        $sleep = $options['sleep'] ?? static function (float $seconds): void {
            usleep((int) round($seconds * 1e6));
        };
        if (!is_callable($clock) || !is_callable($sleep)) {
            throw new ConfigurationException('options clock and sleep must be callables');
        }
        $this->clock = \Closure::fromCallable($clock);
        $this->sleep = \Closure::fromCallable($sleep);
        $this->sessionKey = 'credentials_' . $this->clientId;
        $this->deviceId = Ids::loadDeviceId($this->storage, self::stringOption($options, 'deviceId'));
        $this->session = $this->loadSession();
    }

    // -- public state ------------------------------------------------------------------------

    public function envId(): string
    {
        return $this->envId;
    }

    public function clientId(): string
    {
        return $this->clientId;
    }

    /** The URL every operation path is appended to (it ends in /auth/v1). */
    public function baseUrl(): string
    {
        return $this->baseUrl;
    }

    /** The persistent x-device-id sent on every call. */
    public function deviceId(): string
    {
        return $this->deviceId;
    }

    /** The current session (null when signed out). It shows no token. */
    public function session(): ?Session
    {
        return $this->session;
    }

    /**
     * Adopt a session: a Session, or a token response (access_token, expires_in ...).
     *
     * @param Session|array<string, mixed> $session
     */
    public function setSession(#[\SensitiveParameter] Session|array $session): Session
    {
        if (is_array($session)) {
            $session = Session::fromTokenResponse($session, $this->now());
        }
        $this->storeSession($session);
        return $session;
    }

    /** Forget the session locally (memory and storage); no request is made. */
    public function clearSession(): void
    {
        $this->session = null;
        try {
            $this->storage->delete($this->sessionKey);
        } catch (StorageException $e) {
            $this->log('warning', 'could not delete the stored session: ' . $e->getMessage());
        }
    }

    /**
     * Renew the access token now (spending the refresh token, or signing a new administrator
     * token with the API key pair) and return the new session.
     */
    public function refreshSession(?float $timeout = null): Session
    {
        $before = $this->session ?? throw new NotSignedInException('no session to refresh: sign in first');
        $deadline = new Deadline($timeout ?? $this->timeout);
        return $this->underLock(function () use ($before, $deadline): Session {
            $stored = $this->loadSession();
            if ($stored !== null && !$stored->sameTokens($before)) {
                $this->session = $stored; // another client renewed it: do not spend it again
                return $stored;
            }
            if (!$before->hasRefreshToken() && !$this->renewsAdmin($before)) {
                throw new NotSignedInException('the session has no refresh token (and is not an administrator\'s this client can renew with its API key pair)');
            }
            return $this->renew($before, $deadline);
        });
    }

    public function __toString(): string
    {
        $short = substr(static::class, (int) strrpos('\\' . static::class, '\\'));
        return sprintf('%s(envId=%s, baseUrl=%s, clientId=%s, signedIn=%s)', $short, $this->envId, $this->baseUrl, $this->clientId, $this->session === null ? 'false' : 'true');
    }

    /** @return array<string, mixed> */
    public function __debugInfo(): array
    {
        return ['envId' => $this->envId, 'baseUrl' => $this->baseUrl, 'clientId' => $this->clientId, 'signedIn' => $this->session !== null];
    }

    /** @return list<string> */
    public function __sleep(): array
    {
        throw new \LogicException('a client cannot be serialized (it holds credentials)');
    }

    // -- one call ------------------------------------------------------------------------------

    /**
     * Run one operation and return the answer's JSON object.
     *
     * @param array<string, mixed> $path path parameters by wire name
     * @param array<string, mixed> $query query parameters by wire name (null: not sent)
     * @param array<string, mixed> $headers header parameters by wire name (null: not sent)
     * @param array<string, mixed>|null $body body fields by wire name (null: no body)
     * @param array<string, string> $extraHeaders more headers for this call ("Authorization"
     *        replaces the client's own credentials for it)
     * @return array<mixed>
     */
    final protected function call(
        string $operationId,
        #[\SensitiveParameter] array $path = [],
        #[\SensitiveParameter] array $query = [],
        #[\SensitiveParameter] array $headers = [],
        #[\SensitiveParameter] ?array $body = null,
        ?string $requestId = null,
        ?float $timeout = null,
        #[\SensitiveParameter] array $extraHeaders = [],
        ?Tc3Credentials $tc3 = null,
    ): array {
        $op = $this->spec->operation($operationId);
        $deadline = new Deadline($timeout ?? $this->timeout);
        $extra = [];
        foreach ($extraHeaders as $name => $value) {
            $extra[strtolower((string) $name)] = (string) $value;
        }
        foreach ($headers as $name => $value) {
            if ($value !== null) {
                $extra[strtolower($name)] = self::text($value);
            }
        }
        if ($body !== null) {
            foreach ($op->fixed as $field => $value) {
                $body[$field] ??= $value; // a const field the caller left out is sent anyway
            }
        }
        $payload = $body === null ? null : self::payload($body);
        $authorization = $this->basicFor($op);
        $sent = null;
        if ($this->wantsBearer($op) && !isset($extra['authorization'])) {
            $sent = $this->freshSession($deadline);
            $authorization = $sent->authorization();
        }
        $send = fn (#[\SensitiveParameter] ?string $auth): array => $this->send($op, $auth, $path, $query, $payload, $requestId, $extra, $deadline, $tc3 ?? $this->tc3);
        try {
            $answer = $send($authorization);
        } catch (ApiException $e) {
            // The service refused a token the local clock still trusts (revoked, a skewed clock,
            // a restored VM): renew once and send once more; a second refusal is thrown as it is.
            if ($sent === null || !($e->error === 'unauthenticated' || $e->statusCode === 401)) {
                throw $e;
            }
            $fresh = $this->renewAfterRejection($sent, $deadline);
            if ($fresh === null) {
                throw $e;
            }
            $sent = $fresh;
            $answer = $send($fresh->authorization());
        }
        $this->afterSuccess($op, $answer, $payload, $extra['authorization'] ?? $sent?->authorization());
        return $answer;
    }

    /** A request value of an object type (a model or a free-form object): {} when empty. */
    final protected static function object(#[\SensitiveParameter] mixed $value): mixed
    {
        return $value === null ? null : Model::wireValue($value, true);
    }

    // -- sessions ------------------------------------------------------------------------------

    private function now(): float
    {
        return ($this->clock)();
    }

    private function loadSession(): ?Session
    {
        try {
            $raw = $this->storage->get($this->sessionKey);
        } catch (StorageException $e) {
            $this->log('warning', 'could not read the stored session: ' . $e->getMessage());
            return null;
        }
        if ($raw === null) {
            return null;
        }
        try {
            $data = json_decode($raw, true, 8, JSON_THROW_ON_ERROR);
            return is_array($data) ? Session::fromStorage($data) : null;
        } catch (\JsonException | \UnexpectedValueException | \CloudBase\Auth\Exception\ConfigurationException) {
            $this->log('warning', 'ignoring an unreadable stored session under "' . $this->sessionKey . '"');
            return null;
        }
    }

    private function storeSession(#[\SensitiveParameter] Session $session): void
    {
        $this->session = $session;
        try {
            $this->storage->set($this->sessionKey, $session->toStorage());
        } catch (StorageException $e) {
            // The call succeeded and the old refresh token may be spent already: keep the new
            // session in memory rather than fail.
            $this->log('warning', 'could not persist the session: ' . $e->getMessage());
        }
    }

    private function needsRenewal(Session $session): bool
    {
        return $session->expiresWithin($this->refreshSkew, $this->now());
    }

    /**
     * @template T
     * @param callable(): T $work
     * @return T
     */
    private function underLock(callable $work): mixed
    {
        return $this->storage instanceof LockingStorage ? $this->storage->locked($work) : $work();
    }

    /** The session to send, renewed first (under the storage's lock) when about to expire. */
    private function freshSession(Deadline $deadline): Session
    {
        $session = $this->session ?? throw new NotSignedInException('this call needs a signed-in session: sign in first');
        if (!$this->needsRenewal($session)) {
            return $session;
        }
        return $this->underLock(function () use ($session, $deadline): Session {
            $stored = $this->loadSession();
            if ($stored !== null && !$stored->sameTokens($session)) {
                $this->session = $stored; // another process or client renewed it meanwhile
                if (!$this->needsRenewal($stored)) {
                    return $stored;
                }
                $session = $stored;
            }
            return $this->renew($session, $deadline);
        });
    }

    /** The service refused $sent's access token: the session to send again, or null. */
    private function renewAfterRejection(#[\SensitiveParameter] Session $sent, Deadline $deadline): ?Session
    {
        return $this->underLock(function () use ($sent, $deadline): ?Session {
            $stored = $this->loadSession();
            if ($stored !== null && $stored->accessToken() !== $sent->accessToken() && !$this->needsRenewal($stored)) {
                $this->session = $stored;
                return $stored; // renewed by someone else meanwhile
            }
            $current = $stored ?? $this->session;
            if ($current === null || (!$current->hasRefreshToken() && !$this->renewsAdmin($current))) {
                return null;
            }
            return $this->renew($current, $deadline, true);
        });
    }

    /**
     * An administrator's session this client can renew: no refresh token, "admin" among its
     * scopes, and the API key pair to sign a new one with. Only such a session is replaced by a
     * fresh administrator token; a user's session without a refresh token (say, one set with
     * setSession) is never swapped for an administrator's.
     */
    private function renewsAdmin(#[\SensitiveParameter] Session $session): bool
    {
        return $this->tc3 !== null
            && $this->spec->tc3SessionOperation() !== null
            && !$session->hasRefreshToken()
            && in_array('admin', preg_split('/\s+/', (string) $session->scope, -1, PREG_SPLIT_NO_EMPTY) ?: [], true);
    }

    /**
     * Renew $session (the caller holds the lock): its refresh token, else, for an
     * administrator's session, the API key pair (see renewsAdmin), else it is used until it
     * actually expires.
     */
    private function renew(#[\SensitiveParameter] Session $session, Deadline $deadline, bool $rejected = false): Session
    {
        if ($session->hasRefreshToken()) {
            return $this->refreshWithToken($session, $deadline);
        }
        $tc3Op = $this->spec->tc3SessionOperation();
        if ($this->renewsAdmin($session) && $tc3Op !== null && $this->tc3 !== null) {
            $answer = $this->send($tc3Op, null, [], [], self::payload($tc3Op->fixed), null, [], $deadline, $this->tc3);
            $fresh = Session::fromTokenResponse($answer, $this->now());
            $this->storeSession($fresh);
            return $fresh;
        }
        if ($rejected || $session->expiresWithin(0.0, $this->now())) {
            throw new NotSignedInException('the session has expired and has no refresh token; sign in again');
        }
        return $session; // usable until it actually expires
    }

    private function refreshWithToken(#[\SensitiveParameter] Session $session, Deadline $deadline): Session
    {
        $name = $this->spec->refreshOperation ?? throw new NotSignedInException('the spec names no refresh operation');
        $op = $this->spec->operation($name);
        $body = [];
        foreach ($this->spec->refreshBody as [$field, $value]) {
            $body[$field] = $value;
        }
        $body['refresh_token'] = $session->refreshToken();
        $body['client_id'] = $this->clientId;
        if ($this->clientSecret !== null) {
            $body['client_secret'] = $this->clientSecret->reveal();
        }
        try {
            $answer = $this->send($op, null, [], [], self::payload($body), null, [], $deadline, null);
        } catch (ApiException $e) {
            if ($e->error !== 'invalid_grant') {
                throw $e;
            }
            // Forget the session, unless the store holds a newer one another client stored.
            $stored = $this->loadSession();
            if ($stored !== null && !$stored->sameTokens($session)) {
                $this->session = $stored;
                return $stored;
            }
            $this->clearSession();
            throw $e;
        }
        $fresh = Session::fromTokenResponse($answer, $this->now());
        $this->storeSession($fresh);
        return $fresh;
    }

    /**
     * After a 2xx: store the session a token response carries; clear the session after a
     * sign-out, but only when the token it ended is this session's own (revoking another
     * user's token keeps it).
     *
     * @param array<mixed> $answer
     */
    private function afterSuccess(OperationSpec $op, #[\SensitiveParameter] array $answer, #[\SensitiveParameter] ?\stdClass $payload, #[\SensitiveParameter] ?string $authorization): void
    {
        if ($op->storesSession && is_string($answer['access_token'] ?? null) && $answer['access_token'] !== '') {
            $this->storeSession(Session::fromTokenResponse($answer, $this->now()));
        }
        if (!$op->clearsSession || $this->session === null) {
            return;
        }
        $ended = null;
        if ($payload !== null && isset($payload->token) && is_string($payload->token) && $payload->token !== '') {
            $ended = $payload->token;
        } elseif ($authorization !== null && preg_match('/^Bearer\s+(.+)$/i', $authorization, $m) === 1) {
            $ended = $m[1];
        }
        if ($ended !== null && ($ended === $this->session->accessToken() || $ended === $this->session->refreshToken())) {
            $this->clearSession();
        }
    }

    // -- requests ------------------------------------------------------------------------------

    private function basicFor(OperationSpec $op): ?string
    {
        if (in_array($op->auth, ['basic', 'secret_basic'], true) || ($op->auth === 'bearer_or_basic' && $this->session === null)) {
            return 'Basic ' . base64_encode($this->clientId . ':' . ($this->clientSecret?->reveal() ?? ''));
        }
        return null;
    }

    private function wantsBearer(OperationSpec $op): bool
    {
        return $op->auth === 'bearer' || (in_array($op->auth, ['bearer_optional', 'bearer_or_basic'], true) && $this->session !== null);
    }

    /**
     * One exchange (with the retries that are safe) and its answer's JSON object.
     *
     * @param array<string, mixed> $path
     * @param array<string, mixed> $query
     * @param array<string, string> $extra lower-case names
     * @return array<mixed>
     */
    private function send(
        OperationSpec $op,
        #[\SensitiveParameter] ?string $authorization,
        #[\SensitiveParameter] array $path,
        #[\SensitiveParameter] array $query,
        #[\SensitiveParameter] ?\stdClass $payload,
        ?string $requestId,
        #[\SensitiveParameter] array $extra,
        Deadline $deadline,
        ?Tc3Credentials $tc3,
    ): array {
        $prepared = $this->prepare($op, $authorization, $path, $query, $payload, $requestId, $extra, $tc3);
        $request = $prepared['request'];
        $id = $prepared['requestId'];
        for ($retries = 0; ; $retries++) {
            $left = $deadline->remaining();
            if ($left <= 0) {
                throw new TimeoutException("no answer from {$this->hostPort()} in time (the call's deadline passed) for {$request->method} {$request->path()} [request_id={$id}]", $id);
            }
            $this->log('debug', 'request', ['method' => $request->method, 'path' => $request->path(), 'attempt' => $retries + 1, 'request_id' => $id, 'query' => Redact::value($prepared['query']), 'body' => $payload === null ? null : Redact::value($payload)]);
            try {
                $response = $this->transport->send($request, $left, $this->maxResponseBytes);
            } catch (TransportFailure $failure) {
                if ($failure->tooLarge) {
                    throw new InvalidResponseException(0, 'invalid_response', null, "the answer is larger than the client's limit of {$this->maxResponseBytes} bytes (option maxResponseBytes)", $id, $request->method . ' ' . $request->path());
                }
                if (!$failure->connected && !$failure->timedOut && $retries < $this->maxRetries) {
                    $delay = Retry::delay($retries, null, $this->now(), static fn (): float => mt_rand() / mt_getrandmax());
                    if ($deadline->allows($delay)) {
                        $this->log('debug', 'retry', ['method' => $request->method, 'path' => $request->path(), 'request_id' => $id, 'reason' => $failure->cause, 'delay' => $delay]);
                        ($this->sleep)($delay);
                        continue;
                    }
                }
                throw $this->connectionError($failure, $request, $id);
            }
            if (Retry::retriesStatus($response->status) && $retries < $this->maxRetries) {
                $delay = Retry::delay($retries, $response->header('retry-after'), $this->now(), static fn (): float => mt_rand() / mt_getrandmax());
                if ($deadline->allows($delay)) {
                    $this->log('debug', 'retry', ['method' => $request->method, 'path' => $request->path(), 'request_id' => $id, 'reason' => 'status ' . $response->status, 'delay' => $delay]);
                    ($this->sleep)($delay);
                    continue;
                }
            }
            $this->log('debug', 'response', ['method' => $request->method, 'path' => $request->path(), 'status' => $response->status, 'request_id' => $id]);
            return $this->parse($response, $request, $id, $payload, $prepared['secrets']);
        }
    }

    /**
     * @param array<string, mixed> $path
     * @param array<string, mixed> $query
     * @param array<string, string> $extra
     * @return array{request: HttpRequest, requestId: string, query: array<string, mixed>, secrets: list<string>}
     */
    private function prepare(
        OperationSpec $op,
        #[\SensitiveParameter] ?string $authorization,
        #[\SensitiveParameter] array $path,
        #[\SensitiveParameter] array $query,
        #[\SensitiveParameter] ?\stdClass $payload,
        ?string $requestId,
        #[\SensitiveParameter] array $extra,
        ?Tc3Credentials $tc3,
    ): array {
        $urlPath = preg_replace_callback('/\{([A-Za-z_][A-Za-z0-9_]*)\}/', static function (array $m) use ($path, $op): string {
            $value = $path[$m[1]] ?? null;
            if ($value === null) {
                throw new ConfigurationException("{$op->operationId}: missing path parameter \"{$m[1]}\"");
            }
            return rawurlencode(self::text($value));
        }, $op->path);
        $pairs = [];
        foreach ($query as $name => $value) {
            foreach (is_array($value) ? $value : [$value] as $item) {
                if ($item !== null) {
                    $pairs[] = [$name, self::text($item)];
                }
            }
        }
        $bearer = $authorization !== null && str_starts_with($authorization, 'Bearer ');
        $hasClientId = array_filter($pairs, static fn (array $p): bool => $p[0] === 'client_id') !== [];
        if ($op->sendsClientId && !$bearer && !isset($extra['authorization']) && !$hasClientId) {
            $pairs[] = ['client_id', $this->clientId];
        }
        $queryString = implode('&', array_map(static fn (array $p): string => rawurlencode($p[0]) . '=' . rawurlencode($p[1]), $pairs));
        $wirePath = $this->basePath . $urlPath;
        $url = $this->baseUrl . $urlPath . ($queryString === '' ? '' : '?' . $queryString);

        $id = $requestId ?? ($extra['x-request-id'] ?? null) ?? Ids::newId();
        $headers = [
            'accept' => 'application/json',
            'x-device-id' => $this->deviceId,
            'x-sdk-version' => 'cloudbase-auth-php/' . $this->spec->version,
            'user-agent' => 'cloudbase-auth-php/' . $this->spec->version,
        ];
        $body = null;
        if ($payload !== null) {
            $body = json_encode($payload, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION | JSON_THROW_ON_ERROR);
            $headers['content-type'] = 'application/json';
        }
        $attach = $authorization !== null && !isset($extra['authorization']);
        if ($attach && $authorization !== null) {
            $headers['authorization'] = $authorization;
        }
        foreach ($extra as $name => $value) {
            $headers[$name] = $value;
        }
        $headers['x-request-id'] = $id;
        foreach ($headers as $name => $value) {
            if (preg_match('/[\r\n\0]/', $name . $value) === 1 || preg_match('/^[!#$%&\'*+.^_`|~0-9A-Za-z-]+$/', $name) !== 1) {
                throw new ConfigurationException("{$op->operationId}: the header \"" . Redact::text(preg_replace('/[^\x20-\x7e]/', '?', $name) ?? '') . '" has a name or value that cannot be sent');
            }
        }
        if ($op->auth === 'tc3' && !isset($extra['authorization'])) {
            if ($tc3 === null) {
                throw new ConfigurationException("{$op->operationId} is signed with an API key pair: pass the options secretId and secretKey (or the call's)");
            }
            // Signed over the final request (host, content-type, body), as node-sdk signs it.
            $headers['authorization'] = $tc3->authorization($op->method, $wirePath, $queryString, $this->authority, $headers['content-type'] ?? '', $body ?? '', (int) floor($this->now()) - 1);
            $attach = true;
        }
        if ($attach || isset($extra['authorization'])) {
            $host = $headers['host'] ?? $this->authority;
            if (strtolower($host) !== strtolower($this->authority)) {
                throw new ConfigurationException("refusing to send credentials to \"{$host}\": the client is configured for \"{$this->authority}\"");
            }
        }
        $secrets = $this->knownSecrets();
        if (isset($headers['authorization']) && str_contains($headers['authorization'], ' ')) {
            $secrets[] = substr($headers['authorization'], strpos($headers['authorization'], ' ') + 1);
        }
        Redact::collect($payload, $secrets);
        $named = [];
        foreach ($pairs as [$name, $value]) {
            $named[$name] = $value;
        }
        Redact::collect($named, $secrets);
        if ($tc3 !== null) {
            array_push($secrets, ...$tc3->secrets());
        }
        return ['request' => new HttpRequest($op->method, $url, $headers, $body), 'requestId' => $id, 'query' => $named, 'secrets' => $secrets];
    }

    /** @return list<string> */
    private function knownSecrets(): array
    {
        $out = [];
        if ($this->clientSecret !== null && $this->clientSecret->reveal() !== '') {
            $out[] = $this->clientSecret->reveal();
        }
        if ($this->tc3 !== null) {
            array_push($out, ...$this->tc3->secrets());
        }
        if ($this->session !== null) {
            $out[] = $this->session->accessToken();
            if ($this->session->hasRefreshToken()) {
                $out[] = (string) $this->session->refreshToken();
            }
        }
        return $out;
    }

    // -- answers -------------------------------------------------------------------------------

    /**
     * @param list<string> $secrets
     * @return array<mixed>
     */
    private function parse(#[\SensitiveParameter] HttpResponse $response, #[\SensitiveParameter] HttpRequest $request, string $id, #[\SensitiveParameter] ?\stdClass $payload, #[\SensitiveParameter] array $secrets): array
    {
        $status = $response->status;
        $ok = $status >= 200 && $status < 300;
        $where = $request->method . ' ' . $request->path();
        $raw = $response->body;
        $body = null;
        $problem = null;
        if (trim($raw) === '') {
            $problem = 'the answer is blank';
        } else {
            try {
                $decoded = json_decode($raw, true, self::MAX_JSON_DEPTH, JSON_THROW_ON_ERROR);
                if (is_array($decoded) && ltrim($raw)[0] === '{') {
                    $body = $decoded;
                } else {
                    $problem = 'the answer is not a JSON object';
                }
            } catch (\JsonException $e) {
                $problem = $e->getCode() === JSON_ERROR_DEPTH
                    ? 'the answer is JSON nested deeper than ' . self::MAX_JSON_DEPTH . ' levels'
                    : 'the answer is not JSON (' . strtolower($e->getMessage()) . ')';
            }
        }
        if ($body === null) {
            if ($ok) {
                throw new InvalidResponseException($status, 'invalid_response', null, (string) $problem, $id, $where);
            }
            $body = [];
        }
        $error = self::errorFrom($status, $body, $id, $where, $secrets, $this->hint($status, $body, $request, $payload), $this->spec->errorClasses);
        if ($error !== null) {
            $this->log('debug', 'error', ['method' => $request->method, 'path' => $request->path(), 'request_id' => $id, 'status' => $status, 'error' => $error->error]);
            throw $error;
        }
        return $body;
    }

    /**
     * The exception an answer stands for, or null when it is a success: a non-2xx status, a
     * body with a truthy "error" (whatever the status), or the gateway's {code, message} shape.
     *
     * @param array<mixed> $body
     * @param list<string> $secrets literal values to redact from the description
     * @param array<string, class-string<ApiException>> $classes
     */
    public static function errorFrom(int $status, #[\SensitiveParameter] array $body, ?string $requestId, ?string $operation, #[\SensitiveParameter] array $secrets, ?string $hint, array $classes): ?ApiException
    {
        $ok = $status >= 200 && $status < 300;
        $error = $body['error'] ?? null;
        $description = $body['error_description'] ?? null;
        $gateway = false;
        if (!self::truthy($error)) {
            $code = $body['code'] ?? null;
            if (is_string($code) && $code !== '' && array_key_exists('message', $body)) {
                [$error, $description, $gateway] = [$code, $body['message'], true];
            } elseif ($ok) {
                return null;
            }
        }
        if (!is_string($error) || $error === '') {
            $error = self::truthy($error) ? (is_scalar($error) ? (string) $error : (string) json_encode($error)) : self::fallbackError($status);
        }
        $raw = $body['error_code'] ?? null;
        $errorCode = is_int($raw) ? $raw : (is_string($raw) && ctype_digit($raw) ? (int) $raw : null);
        $text = $description === null ? '' : Redact::text(is_scalar($description) ? (string) $description : (string) json_encode($description), $secrets);
        if ($hint !== null && $hint !== '') {
            $text = $text === '' ? $hint : $text . '; ' . $hint;
        }
        $error = Redact::text($error, $secrets);
        if ($gateway) {
            $gatewayId = $body['requestId'] ?? null;
            return new GatewayException($status, $error, $errorCode, $text, $requestId, $operation, is_string($gatewayId) ? Redact::text($gatewayId, $secrets) : null);
        }
        $class = $classes[$error] ?? match (true) {
            $status >= 500 => HttpServerErrorException::class,
            $status === 400 => HttpBadRequestException::class,
            $status === 401 => HttpUnauthorizedException::class,
            $status === 403 => HttpForbiddenException::class,
            $status === 404 => HttpNotFoundException::class,
            $status === 409 => HttpConflictException::class,
            $status === 429 => HttpTooManyRequestsException::class,
            default => ApiException::class,
        };
        return new $class($status, $error, $errorCode, $text, $requestId, $operation);
    }

    /** @param array<mixed> $body */
    private function hint(int $status, #[\SensitiveParameter] array $body, #[\SensitiveParameter] HttpRequest $request, #[\SensitiveParameter] ?\stdClass $payload): ?string
    {
        if ($status === 404) {
            if (!str_ends_with($this->basePath, '/auth/v1')) {
                return "the base URL must end in /auth/v1 (it is {$this->baseUrl})";
            }
            if (!self::truthy($body['error'] ?? null) && !is_string($body['code'] ?? null)) {
                return "the answer is not from CloudBase Auth (nothing at {$request->path()}): is the base URL {$this->baseUrl} the right service?";
            }
        }
        if ($status >= 400 && $status < 500 && $payload !== null && isset($payload->ticket) && is_string($payload->ticket)) {
            $said = $body['error_description'] ?? $body['message'] ?? '';
            return self::ticketHint($payload->ticket, $this->now(), is_string($said) && str_contains(strtolower($said), 'expire'));
        }
        return null;
    }

    /**
     * For a refused custom-login ticket: when it expired (its "exp" claim, in milliseconds),
     * read without verifying anything and without showing the ticket.
     */
    private static function ticketHint(#[\SensitiveParameter] string $ticket, float $now, bool $saidExpired): ?string
    {
        $at = strrpos($ticket, '/@@/');
        $jwt = $at === false ? $ticket : substr($ticket, $at + 4);
        $parts = explode('.', $jwt);
        if (count($parts) !== 3) {
            return null;
        }
        $claims = json_decode((string) base64_decode(strtr($parts[1], '-_', '+/'), true), true);
        if (!is_array($claims) || !is_numeric($claims['exp'] ?? null)) {
            return null;
        }
        $expires = (float) $claims['exp'] / 1000.0;
        $stamp = gmdate('Y-m-d\TH:i:s\Z', (int) floor($expires));
        $age = $now - $expires;
        if ($age >= 0) {
            return sprintf("the ticket expired at %s, %.0fs before this call by this machine's clock (tickets live 10 minutes: mint one with Ticket::create() just before signing in)", $stamp, $age);
        }
        return $saidExpired ? "the ticket expires at {$stamp} by its claims; the service's clock may be ahead of this machine's" : null;
    }

    private function connectionError(TransportFailure $failure, #[\SensitiveParameter] HttpRequest $request, string $id): ConnectionException
    {
        $where = $this->hostPort();
        $call = "for {$request->method} {$request->path()} [request_id={$id}]";
        if ($failure->timedOut) {
            return new TimeoutException("no answer from {$where} in time ({$failure->cause}: the call's deadline passed) {$call}", $id);
        }
        if (!$failure->connected) {
            return new ConnectionException("cannot connect to {$where} ({$failure->cause}) {$call}", $id);
        }
        return new ConnectionException("the exchange with {$where} failed ({$failure->cause}) {$call}", $id);
    }

    private function hostPort(): string
    {
        if (preg_match('/:\d+$/', $this->authority) === 1) {
            return $this->authority;
        }
        return $this->authority . (str_starts_with($this->baseUrl, 'https:') ? ':443' : ':80');
    }

    // -- helpers -------------------------------------------------------------------------------

    /** @param array<string, mixed> $body */
    private static function payload(#[\SensitiveParameter] array $body): \stdClass
    {
        $out = new \stdClass();
        foreach ($body as $name => $value) {
            if ($value !== null) {
                $out->{$name} = $value instanceof \stdClass ? $value : Model::wireValue($value);
            }
        }
        return $out;
    }

    /** A query, path or header value as text: booleans true/false, enums their value. */
    private static function text(#[\SensitiveParameter] mixed $value): string
    {
        return match (true) {
            is_bool($value) => $value ? 'true' : 'false',
            $value instanceof \BackedEnum => (string) $value->value,
            $value instanceof \DateTimeInterface => Wire::formatDateTime($value),
            is_scalar($value) => (string) $value,
            default => throw new ConfigurationException('a parameter value must be a string, a number, a boolean or an enum, not ' . get_debug_type($value)),
        };
    }

    private static function truthy(mixed $value): bool
    {
        return !($value === null || $value === false || $value === '' || $value === 0 || $value === 0.0 || $value === []);
    }

    private static function fallbackError(int $status): string
    {
        return match ($status) {
            400 => 'bad_request', 401 => 'unauthorized', 403 => 'forbidden', 404 => 'not_found',
            405 => 'method_not_allowed', 408 => 'request_timeout', 409 => 'conflict', 413 => 'content_too_large',
            415 => 'unsupported_media_type', 422 => 'unprocessable_content', 429 => 'too_many_requests',
            500 => 'internal_server_error', 501 => 'not_implemented', 502 => 'bad_gateway',
            503 => 'service_unavailable', 504 => 'gateway_timeout',
            default => 'http_' . $status,
        };
    }

    /** @return array{0: string, 1: string, 2: string} the base URL, its host[:port], its path */
    private function parseBaseUrl(string $baseUrl): array
    {
        $parts = parse_url($baseUrl);
        if ($parts === false || !isset($parts['scheme'], $parts['host']) || !in_array(strtolower($parts['scheme']), ['http', 'https'], true)) {
            throw new ConfigurationException('baseUrl must be an absolute http(s) URL');
        }
        if (isset($parts['user']) || isset($parts['pass'])) {
            // Never shown and never sent: it would replace the client's own credentials.
            $this->log('warning', 'baseUrl: the user name and password in it are ignored (not sent, not shown)');
        }
        $scheme = strtolower($parts['scheme']);
        $host = $parts['host'];
        $authority = $host . (isset($parts['port']) ? ':' . $parts['port'] : '');
        $path = rtrim($parts['path'] ?? '', '/');
        if (isset($parts['query']) || isset($parts['fragment']) || str_contains($baseUrl, '?') || str_contains($baseUrl, '#')) {
            throw new ConfigurationException("baseUrl must not have a query (?...) or a fragment (#...): operation paths are appended to it (got {$scheme}://{$authority}{$path}...)");
        }
        return [$scheme . '://' . $authority . $path, $authority, $path];
    }

    private function log(string $level, string $message, array $context = []): void
    {
        if ($this->logger !== null) {
            $this->logger->log($level, 'cloudbase-auth: ' . $message, $context);
        }
    }

    /** @param array<string, mixed> $options */
    private static function stringOption(array $options, string $name): ?string
    {
        $value = $options[$name] ?? null;
        if ($value !== null && !is_string($value)) {
            throw new ConfigurationException("option {$name} must be a string, not " . get_debug_type($value));
        }
        return $value;
    }

    /** @param array<string, mixed> $options */
    private static function intOption(array $options, string $name, int $default, int $min): int
    {
        $value = $options[$name] ?? $default;
        if (!is_int($value) || $value < $min) {
            throw new ConfigurationException("option {$name} must be an integer >= {$min}");
        }
        return $value;
    }

    /** @param array<string, mixed> $options */
    private static function floatOption(array $options, string $name, float $default, bool $zeroAllowed = false): float
    {
        $value = $options[$name] ?? $default;
        if (!(is_int($value) || is_float($value)) || !is_finite((float) $value) || $value < 0 || (!$zeroAllowed && $value == 0)) {
            throw new ConfigurationException("option {$name} must be a number of seconds " . ($zeroAllowed ? '>= 0' : '> 0'));
        }
        return (float) $value;
    }

    /** @param array<string, mixed> $options */
    private static function loggerOption(array $options): ?object
    {
        $logger = $options['logger'] ?? null;
        if ($logger !== null && (!is_object($logger) || !method_exists($logger, 'log'))) {
            throw new ConfigurationException('option logger must be an object with a log($level, $message, $context) method (a PSR-3 logger)');
        }
        return $logger;
    }
}
