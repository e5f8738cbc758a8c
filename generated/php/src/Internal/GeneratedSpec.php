<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Internal;

use CloudBase\Auth\Exception;

/**
 * The spec's data for the runtime: servers, regions, secret names, one OperationSpec per
 * operation, the refresh operation, the error catalogue's classes, and each method's
 * arguments by wire name.
 *
 * @internal
 */
final class GeneratedSpec
{
    public const VERSION = '2.1.0';

    /**
     * Each method's arguments: [wire name, PHP argument name, where it goes].
     *
     * @var array<string, list<array{0: string, 1: string, 2: string}>>
     */
    public const ARGUMENTS = [
        'signIn' => [['username', 'username', 'body'], ['password', 'password', 'body'], ['verification_token', 'verificationToken', 'body'], ['captcha_token', 'captchaToken', 'query'], ['x-captcha-token', 'xCaptchaToken', 'header']],
        'signUp' => [['phone_number', 'phoneNumber', 'body'], ['email', 'email', 'body'], ['verification_code', 'verificationCode', 'body'], ['verification_token', 'verificationToken', 'body'], ['username', 'username', 'body'], ['password', 'password', 'body'], ['name', 'name', 'body'], ['gender', 'gender', 'body'], ['picture', 'picture', 'body'], ['locale', 'locale', 'body'], ['provider_token', 'providerToken', 'body'], ['anonymous_token', 'anonymousToken', 'body']],
        'sendVerification' => [['phone_number', 'phoneNumber', 'body'], ['email', 'email', 'body'], ['target', 'target', 'body'], ['usage', 'usage', 'body'], ['email_redirect_to', 'emailRedirectTo', 'body'], ['captcha_token', 'captchaToken', 'query'], ['x-captcha-token', 'xCaptchaToken', 'header']],
        'verifyVerification' => [['verification_id', 'verificationId', 'body'], ['verification_code', 'verificationCode', 'body']],
        'signInAnonymously' => [['provider_token', 'providerToken', 'body']],
        'signInCustom' => [['ticket', 'ticket', 'body'], ['provider_id', 'providerId', 'body']],
        'signInWithProvider' => [['provider_token', 'providerToken', 'body'], ['provider_id', 'providerId', 'body'], ['force_disable_sign_up', 'forceDisableSignUp', 'body'], ['sync_profile', 'syncProfile', 'body']],
        'grantProviderToken' => [['provider_id', 'providerId', 'body'], ['provider_redirect_uri', 'providerRedirectUri', 'body'], ['provider_code', 'providerCode', 'body'], ['provider_access_token', 'providerAccessToken', 'body'], ['provider_id_token', 'providerIdToken', 'body'], ['provider_params', 'providerParams', 'body']],
        'patchProviderToken' => [['provider_token', 'providerToken', 'body'], ['provider_params', 'providerParams', 'body'], ['provider_id', 'providerId', 'body']],
        'grantToken' => [['grant_type', 'grantType', 'body'], ['refresh_token', 'refreshToken', 'body'], ['username', 'username', 'body'], ['password', 'password', 'body'], ['client_id', 'clientId', 'body'], ['client_secret', 'clientSecret', 'body'], ['scope', 'scope', 'body'], ['code', 'code', 'body'], ['redirect_uri', 'redirectUri', 'body'], ['code_verifier', 'codeVerifier', 'body'], ['nonce', 'nonce', 'body'], ['device_code', 'deviceCode', 'body']],
        'introspectToken' => [],
        'revokeToken' => [['token', 'token', 'body']],
        'getUserMe' => [],
        'deleteUserMe' => [['sudo_token', 'sudoToken', 'query']],
        'sudo' => [['password', 'password', 'body'], ['verification_token', 'verificationToken', 'body']],
        'updatePassword' => [['new_password', 'newPassword', 'body'], ['old_password', 'oldPassword', 'body'], ['confirm_password', 'confirmPassword', 'body'], ['sudo_token', 'sudoToken', 'query']],
        'listProviders' => [],
        'bindProvider' => [['provider_token', 'providerToken', 'body'], ['with_user_center', 'withUserCenter', 'body']],
        'unbindProvider' => [['provider_id', 'providerId', 'path'], ['with_user_center', 'withUserCenter', 'query']],
        'signOut' => [['redirect_uri', 'redirectUri', 'body'], ['state', 'state', 'body']],
        'resetPassword' => [['new_password', 'newPassword', 'body'], ['verification_token', 'verificationToken', 'body'], ['email', 'email', 'body'], ['phone_number', 'phoneNumber', 'body']],
        'editBasicUser' => [['user_id', 'userId', 'body'], ['nickname', 'nickname', 'body'], ['username', 'username', 'body'], ['description', 'description', 'body'], ['avatar_url', 'avatarUrl', 'body'], ['gender', 'gender', 'body'], ['email', 'email', 'body'], ['phone', 'phone', 'body'], ['password', 'password', 'body'], ['new_password', 'newPassword', 'body']],
        'checkIfUserExist' => [['username', 'username', 'query']],
        'signInWithWechat' => [['appid', 'appid', 'body'], ['openid', 'openid', 'body']],
        'genProviderRedirectUri' => [['provider_id', 'providerId', 'query'], ['redirect_uri', 'redirectUri', 'query'], ['provider_redirect_uri', 'providerRedirectUri', 'query'], ['state', 'state', 'query'], ['scope', 'scope', 'query'], ['response_type', 'responseType', 'query']],
        'transByProvider' => [['provider_token', 'providerToken', 'body']],
        'changeBoundProvider' => [['provider_trans_token', 'providerTransToken', 'body'], ['provider_id', 'providerId', 'path']],
        'getProviderSubType' => [['provider_id', 'providerId', 'body']],
        'createCaptchaData' => [['state', 'state', 'body'], ['redirect_uri', 'redirectUri', 'body']],
        'verifyCaptchaData' => [['token', 'token', 'body'], ['key', 'key', 'body']],
        'getMiniProgramQrCode' => [['envId', 'envId', 'body'], ['wxAppId', 'wxAppId', 'body']],
        'getMiniProgramQrCodeStatus' => [['qrCodeId', 'qrCodeId', 'body'], ['envId', 'envId', 'body'], ['wxAppId', 'wxAppId', 'body']],
        'revokeAllDevices' => [],
        'revokeDevice' => [['device_id', 'deviceId', 'path']],
        'editContact' => [['sudo_token', 'sudoToken', 'body'], ['verification_token', 'verificationToken', 'body'], ['phone_number', 'phoneNumber', 'body'], ['email', 'email', 'body'], ['conflict_resolution', 'conflictResolution', 'body']],
        'authorize' => [['client_id', 'clientId', 'body'], ['response_type', 'responseType', 'body'], ['redirect_uri', 'redirectUri', 'body'], ['state', 'state', 'body'], ['scope', 'scope', 'body'], ['code_challenge', 'codeChallenge', 'body'], ['code_challenge_method', 'codeChallengeMethod', 'body'], ['sign_out_uri', 'signOutUri', 'body']],
        'getAuthorizeInfo' => [['response_type', 'responseType', 'query'], ['redirect_uri', 'redirectUri', 'query'], ['state', 'state', 'query'], ['scope', 'scope', 'query'], ['sign_out_uri', 'signOutUri', 'query'], ['locale', 'locale', 'query']],
        'requestDeviceCode' => [['client_id', 'clientId', 'body'], ['scope', 'scope', 'body']],
        'authorizeDevice' => [['user_code', 'userCode', 'body'], ['scope', 'scope', 'body'], ['state', 'state', 'body'], ['client_id', 'clientId', 'body']],
        'getClientCredential' => [['grant_type', 'grantType', 'body']],
        'queryUser' => [['id', 'id', 'query'], ['username', 'username', 'query'], ['email', 'email', 'query'], ['phone_number', 'phoneNumber', 'query']],
        'getWedaUserInfo' => [],
        'setUserProfile' => [['name', 'name', 'body'], ['picture', 'picture', 'body'], ['gender', 'gender', 'body'], ['locale', 'locale', 'body'], ['username', 'username', 'body']],
        'checkUsername' => [['username', 'username', 'query']],
        'getUserBehaviorLog' => [['query[action]', 'queryAction', 'query'], ['ne_query[action]', 'neQueryAction', 'query'], ['limit', 'limit', 'query'], ['page_token', 'pageToken', 'query']],
    ];

    /**
     * The client's method of each operation.
     *
     * @var array<string, string>
     */
    public const METHODS = [
        'signIn' => 'signIn',
        'signUp' => 'signUp',
        'sendVerification' => 'sendVerification',
        'verifyVerification' => 'verifyVerification',
        'signInAnonymously' => 'signInAnonymously',
        'signInCustom' => 'signInCustom',
        'signInWithProvider' => 'signInWithProvider',
        'grantProviderToken' => 'grantProviderToken',
        'patchProviderToken' => 'patchProviderToken',
        'grantToken' => 'grantToken',
        'introspectToken' => 'introspectToken',
        'revokeToken' => 'revokeToken',
        'getUserMe' => 'getUserMe',
        'deleteUserMe' => 'deleteUserMe',
        'sudo' => 'sudo',
        'updatePassword' => 'updatePassword',
        'listProviders' => 'listProviders',
        'bindProvider' => 'bindProvider',
        'unbindProvider' => 'unbindProvider',
        'signOut' => 'signOut',
        'resetPassword' => 'resetPassword',
        'editBasicUser' => 'editBasicUser',
        'checkIfUserExist' => 'checkIfUserExist',
        'signInWithWechat' => 'signInWithWechat',
        'genProviderRedirectUri' => 'genProviderRedirectUri',
        'transByProvider' => 'transByProvider',
        'changeBoundProvider' => 'changeBoundProvider',
        'getProviderSubType' => 'getProviderSubType',
        'createCaptchaData' => 'createCaptchaData',
        'verifyCaptchaData' => 'verifyCaptchaData',
        'getMiniProgramQrCode' => 'getMiniProgramQrCode',
        'getMiniProgramQrCodeStatus' => 'getMiniProgramQrCodeStatus',
        'revokeAllDevices' => 'revokeAllDevices',
        'revokeDevice' => 'revokeDevice',
        'editContact' => 'editContact',
        'authorize' => 'authorize',
        'getAuthorizeInfo' => 'getAuthorizeInfo',
        'requestDeviceCode' => 'requestDeviceCode',
        'authorizeDevice' => 'authorizeDevice',
        'getClientCredential' => 'getClientCredential',
        'queryUser' => 'queryUser',
        'getWedaUserInfo' => 'getWedaUserInfo',
        'setUserProfile' => 'setUserProfile',
        'checkUsername' => 'checkUsername',
        'getUserBehaviorLog' => 'getUserBehaviorLog',
    ];

    private static ?ApiSpec $api = null;

    public static function api(): ApiSpec
    {
        return self::$api ??= new ApiSpec(
            gatewayUrl: 'https://{envId}.api.tcloudbasegateway.com/auth/v1',
            intlGatewayUrl: 'https://{envId}.api.intl.tcloudbasegateway.com/auth/v1',
            chinaRegions: ['ap-shanghai', 'ap-guangzhou', 'ap-shenzhen-fsi', 'ap-shanghai-fsi', 'ap-nanjing', 'ap-beijing', 'ap-chengdu', 'ap-chongqing', 'ap-hongkong'],
            intlRegions: ['ap-singapore', 'ap-jakarta', 'ap-bangkok', 'ap-seoul', 'ap-tokyo', 'ap-mumbai', 'na-siliconvalley', 'na-ashburn', 'na-toronto', 'sa-saopaulo', 'eu-frankfurt'],
            secretFields: ['access_token', 'anonymous_token', 'captcha_token', 'client_secret', 'code', 'code_verifier', 'confirm_password', 'device_code', 'encryptedData', 'id_token', 'key', 'new_password', 'old_password', 'password', 'provider_access_token', 'provider_code', 'provider_id_token', 'provider_token', 'provider_trans_token', 'refresh_token', 'sudo_token', 'ticket', 'token', 'verification_code', 'verification_token', 'x-captcha-token'],
            operations: [
                'signIn' => new OperationSpec('signIn', 'POST', '/signin', 'none', true, false, true, []),
                'signUp' => new OperationSpec('signUp', 'POST', '/signup', 'none', true, false, true, []),
                'sendVerification' => new OperationSpec('sendVerification', 'POST', '/verification', 'bearer_optional', false, false, true, []),
                'verifyVerification' => new OperationSpec('verifyVerification', 'POST', '/verification/verify', 'none', false, false, true, []),
                'signInAnonymously' => new OperationSpec('signInAnonymously', 'POST', '/signin/anonymously', 'none', true, false, true, []),
                'signInCustom' => new OperationSpec('signInCustom', 'POST', '/signin/custom', 'none', true, false, true, ['provider_id' => 'custom']),
                'signInWithProvider' => new OperationSpec('signInWithProvider', 'POST', '/signin/with/provider', 'none', true, false, true, []),
                'grantProviderToken' => new OperationSpec('grantProviderToken', 'POST', '/provider/token', 'none', false, false, true, []),
                'patchProviderToken' => new OperationSpec('patchProviderToken', 'PATCH', '/provider/token', 'none', false, false, true, []),
                'grantToken' => new OperationSpec('grantToken', 'POST', '/token', 'none', true, false, true, []),
                'introspectToken' => new OperationSpec('introspectToken', 'GET', '/token/introspect', 'bearer', false, false, false, []),
                'revokeToken' => new OperationSpec('revokeToken', 'POST', '/revoke', 'bearer_optional', false, true, true, []),
                'getUserMe' => new OperationSpec('getUserMe', 'GET', '/user/me', 'bearer', false, false, false, []),
                'deleteUserMe' => new OperationSpec('deleteUserMe', 'DELETE', '/user/me', 'bearer', false, true, false, []),
                'sudo' => new OperationSpec('sudo', 'POST', '/user/sudo', 'bearer', false, false, false, []),
                'updatePassword' => new OperationSpec('updatePassword', 'PATCH', '/user/password', 'bearer', false, false, false, []),
                'listProviders' => new OperationSpec('listProviders', 'GET', '/user/provider', 'bearer', false, false, false, []),
                'bindProvider' => new OperationSpec('bindProvider', 'POST', '/user/provider/bind', 'bearer', false, false, false, []),
                'unbindProvider' => new OperationSpec('unbindProvider', 'DELETE', '/user/provider/{provider_id}', 'bearer', false, false, false, []),
                'signOut' => new OperationSpec('signOut', 'POST', '/user/signout', 'bearer', false, true, false, []),
                'resetPassword' => new OperationSpec('resetPassword', 'POST', '/reset', 'none', false, false, true, []),
                'editBasicUser' => new OperationSpec('editBasicUser', 'POST', '/user/basic/edit', 'bearer', false, false, false, []),
                'checkIfUserExist' => new OperationSpec('checkIfUserExist', 'GET', '/checkIfUserExist', 'none', false, false, true, []),
                'signInWithWechat' => new OperationSpec('signInWithWechat', 'POST', '/signin/wechat/noauth', 'none', true, false, true, []),
                'genProviderRedirectUri' => new OperationSpec('genProviderRedirectUri', 'GET', '/provider/uri', 'none', false, false, true, []),
                'transByProvider' => new OperationSpec('transByProvider', 'PATCH', '/user/trans/by/provider', 'bearer', true, false, false, []),
                'changeBoundProvider' => new OperationSpec('changeBoundProvider', 'POST', '/user/provider/{provider_id}/trans', 'bearer', false, false, false, []),
                'getProviderSubType' => new OperationSpec('getProviderSubType', 'POST', '/mgr/provider/providerSubType', 'none', false, false, true, []),
                'createCaptchaData' => new OperationSpec('createCaptchaData', 'POST', '/captcha/data', 'none', false, false, true, []),
                'verifyCaptchaData' => new OperationSpec('verifyCaptchaData', 'POST', '/captcha/data/verify', 'none', false, false, true, []),
                'getMiniProgramQrCode' => new OperationSpec('getMiniProgramQrCode', 'POST', '/qrcode/generate', 'none', false, false, true, []),
                'getMiniProgramQrCodeStatus' => new OperationSpec('getMiniProgramQrCodeStatus', 'POST', '/qrcode/get/status', 'none', false, false, true, []),
                'revokeAllDevices' => new OperationSpec('revokeAllDevices', 'DELETE', '/user/revoke/all', 'bearer', false, true, false, []),
                'revokeDevice' => new OperationSpec('revokeDevice', 'DELETE', '/user/authorized/devices/{device_id}', 'bearer', false, false, false, []),
                'editContact' => new OperationSpec('editContact', 'PATCH', '/user/contact', 'bearer', false, false, false, []),
                'authorize' => new OperationSpec('authorize', 'POST', '/user/authorize', 'bearer', false, false, false, []),
                'getAuthorizeInfo' => new OperationSpec('getAuthorizeInfo', 'GET', '/user/authorize/info', 'bearer_or_basic', false, false, true, []),
                'requestDeviceCode' => new OperationSpec('requestDeviceCode', 'POST', '/device/code', 'bearer_optional', false, false, true, []),
                'authorizeDevice' => new OperationSpec('authorizeDevice', 'POST', '/user/device/authorize', 'bearer', false, false, false, []),
                'getClientCredential' => new OperationSpec('getClientCredential', 'POST', '/token/clientCredential', 'tc3', true, false, false, ['grant_type' => 'client_credentials']),
                'queryUser' => new OperationSpec('queryUser', 'GET', '/user/query', 'bearer', false, false, false, []),
                'getWedaUserInfo' => new OperationSpec('getWedaUserInfo', 'GET', '/plugin/weda/userinfo', 'bearer', false, false, false, []),
                'setUserProfile' => new OperationSpec('setUserProfile', 'PATCH', '/user/profile', 'bearer', false, false, false, []),
                'checkUsername' => new OperationSpec('checkUsername', 'GET', '/checkUsername', 'bearer', false, false, false, []),
                'getUserBehaviorLog' => new OperationSpec('getUserBehaviorLog', 'GET', '/user/security/history', 'bearer', false, false, false, []),
            ],
            refreshOperation: 'grantToken',
            refreshBody: [['grant_type', 'refresh_token']],
            errorClasses: [
                'invalid_argument' => Exception\InvalidArgumentException::class,
                'failed_precondition' => Exception\FailedPreconditionException::class,
                'unauthenticated' => Exception\UnauthenticatedException::class,
                'permission_denied' => Exception\PermissionDeniedException::class,
                'not_found' => Exception\NotFoundException::class,
                'already_exists' => Exception\AlreadyExistsException::class,
                'resource_exhausted' => Exception\ResourceExhaustedException::class,
                'internal' => Exception\InternalException::class,
                'unavailable' => Exception\UnavailableException::class,
                'invalid_request' => Exception\InvalidRequestException::class,
                'invalid_grant' => Exception\InvalidGrantException::class,
                'invalid_client' => Exception\InvalidClientException::class,
                'unauthorized_client' => Exception\UnauthorizedClientException::class,
                'unsupported_grant_type' => Exception\UnsupportedGrantTypeException::class,
                'invalid_scope' => Exception\InvalidScopeException::class,
                'unauthorized' => Exception\UnauthorizedException::class,
                'captcha_required' => Exception\CaptchaRequiredException::class,
                'captcha_invalid' => Exception\CaptchaInvalidException::class,
                'invalid_username_or_password' => Exception\InvalidUsernameOrPasswordException::class,
                'invalid_password' => Exception\InvalidPasswordException::class,
                'password_not_set' => Exception\PasswordNotSetException::class,
                'invalid_status' => Exception\InvalidStatusException::class,
                'user_blocked' => Exception\UserBlockedException::class,
                'invalid_verification_code' => Exception\InvalidVerificationCodeException::class,
                'invalid_phone_number' => Exception\InvalidPhoneNumberException::class,
                'rate_limit_exceeded' => Exception\RateLimitExceededException::class,
                'user_not_found' => Exception\UserNotFoundException::class,
                'provider_not_found' => Exception\ProviderNotFoundException::class,
                'username_already_exists' => Exception\UsernameAlreadyExistsException::class,
                'provider_not_enabled' => Exception\ProviderNotEnabledException::class,
                'authorization_pending' => Exception\AuthorizationPendingException::class,
                'slow_down' => Exception\SlowDownException::class,
                'expired_token' => Exception\ExpiredTokenException::class,
                'unsupported_response_type' => Exception\UnsupportedResponseTypeException::class,
            ],
            version: self::VERSION,
            introspectOperation: 'introspectToken',
        );
    }
}
