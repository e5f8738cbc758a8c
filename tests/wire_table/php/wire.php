<?php
// The PHP client's side of the hand-written wire table (tests/wire_table/table.py): one call per
// case against the recording server, tagged with the case as its request id. Reads the job
// (JSON) on stdin, prints {case: [session before, session after]} as JSON. Run by
// tests/wire_table/test_php_wire.py with the client's autoload.php as the first argument.
declare(strict_types=1);

require $argv[1];

use CloudBase\Auth\CloudBaseAuth;

$job = json_decode(stream_get_contents(STDIN), true, 512, JSON_THROW_ON_ERROR);

$calls = [
    'signIn' => fn ($c, $rid) => $c->signIn(username: 'wire-user', password: 'Passw0rd!wire', requestId: $rid),
    'signInAnonymously' => fn ($c, $rid) => $c->signInAnonymously(requestId: $rid),
    'grantToken' => fn ($c, $rid) => $c->grantToken(grantType: 'refresh_token', refreshToken: 'rt-x', requestId: $rid),
    'checkIfUserExist' => fn ($c, $rid) => $c->checkIfUserExist(username: 'wire-user', requestId: $rid),
    'introspectToken' => fn ($c, $rid) => $c->introspectToken(requestId: $rid),
    'revokeToken' => fn ($c, $rid) => $c->revokeToken(requestId: $rid),
    'getUserMe' => fn ($c, $rid) => $c->getUserMe(requestId: $rid),
    'deleteUserMe' => fn ($c, $rid) => $c->deleteUserMe(sudoToken: 'sudo-wire', requestId: $rid),
    'sudo' => fn ($c, $rid) => $c->sudo(password: 'Passw0rd!wire', requestId: $rid),
    'updatePassword' => fn ($c, $rid) => $c->updatePassword(newPassword: 'N3w-Passw0rd!wire', sudoToken: 'sudo-wire', requestId: $rid),
    'listProviders' => fn ($c, $rid) => $c->listProviders(requestId: $rid),
    'unbindProvider' => fn ($c, $rid) => $c->unbindProvider(providerId: 'github', requestId: $rid),
    'signOut' => fn ($c, $rid) => $c->signOut(requestId: $rid),
    'revokeAllDevices' => fn ($c, $rid) => $c->revokeAllDevices(requestId: $rid),
    'checkUsername' => fn ($c, $rid) => $c->checkUsername(username: 'wire-user', requestId: $rid),
    'getAuthorizeInfo/signedIn' => fn ($c, $rid) => $c->getAuthorizeInfo(responseType: 'code', requestId: $rid),
    'getAuthorizeInfo/signedOut' => fn ($c, $rid) => $c->getAuthorizeInfo(responseType: 'code', requestId: $rid),
    'getClientCredential' => fn ($c, $rid) => $c->getClientCredential(requestId: $rid),
];

$token = fn ($c) => $c->session()?->accessToken() ?? '-';
$out = [];
foreach ($calls as $case => $call) {
    $client = new CloudBaseAuth($job['env'], [
        'baseUrl' => $job['url'],
        'clientId' => $job['clientId'],
        'clientSecret' => $job['clientSecret'],
        'secretId' => $job['secretId'],
        'secretKey' => $job['secretKey'],
        'maxRetries' => 0,
    ]);
    if (in_array($case, $job['signedIn'], true)) {
        $client->setSession(['token_type' => 'Bearer', 'access_token' => $job['sessionToken'], 'expires_in' => 7200, 'refresh_token' => 'rt-the-session-before']);
    }
    $before = $token($client);
    try {
        $call($client, str_replace('/', '-', $case));
    } catch (\Throwable $e) {
        fwrite(STDERR, $case . ': ' . get_class($e) . ': ' . $e->getMessage() . "\n");
    }
    $out[$case] = [$before, $token($client)];
}
echo json_encode($out, JSON_THROW_ON_ERROR);
