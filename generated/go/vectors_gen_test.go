// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"context"
	"encoding/json"
)

// One call per operation for the shared vectors (vectors_test.go): arguments by wire name
// into the typed request, then the generated method.
func init() {
	vectorCalls["signIn"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(SignInRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.SignIn(ctx, req, opts...)
	}
	vectorCalls["signUp"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(SignUpRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.SignUp(ctx, req, opts...)
	}
	vectorCalls["sendVerification"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(VerificationRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.SendVerification(ctx, req, opts...)
	}
	vectorCalls["verifyVerification"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(VerifyRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.VerifyVerification(ctx, req, opts...)
	}
	vectorCalls["signInAnonymously"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(AnonymousSignInRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.SignInAnonymously(ctx, req, opts...)
	}
	vectorCalls["signInCustom"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(CustomSignInRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.SignInCustom(ctx, req, opts...)
	}
	vectorCalls["signInWithProvider"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(ProviderSignInRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.SignInWithProvider(ctx, req, opts...)
	}
	vectorCalls["grantProviderToken"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(ProviderTokenRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.GrantProviderToken(ctx, req, opts...)
	}
	vectorCalls["patchProviderToken"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(PatchProviderTokenRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.PatchProviderToken(ctx, req, opts...)
	}
	vectorCalls["grantToken"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(TokenRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.GrantToken(ctx, req, opts...)
	}
	vectorCalls["introspectToken"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		if err := decodeVectorArguments(args, nil); err != nil {
			return nil, err
		}
		return c.IntrospectToken(ctx, opts...)
	}
	vectorCalls["revokeToken"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(RevokeRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return nil, c.RevokeToken(ctx, req, opts...)
	}
	vectorCalls["getUserMe"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		if err := decodeVectorArguments(args, nil); err != nil {
			return nil, err
		}
		return c.GetUserMe(ctx, opts...)
	}
	vectorCalls["deleteUserMe"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(DeleteUserMeRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return nil, c.DeleteUserMe(ctx, req, opts...)
	}
	vectorCalls["sudo"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(SudoRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.Sudo(ctx, req, opts...)
	}
	vectorCalls["updatePassword"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(UpdatePasswordRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return nil, c.UpdatePassword(ctx, req, opts...)
	}
	vectorCalls["listProviders"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		if err := decodeVectorArguments(args, nil); err != nil {
			return nil, err
		}
		return c.ListProviders(ctx, opts...)
	}
	vectorCalls["bindProvider"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(BindProviderRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return nil, c.BindProvider(ctx, req, opts...)
	}
	vectorCalls["unbindProvider"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(UnbindProviderRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return nil, c.UnbindProvider(ctx, req, opts...)
	}
	vectorCalls["signOut"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(SignOutRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.SignOut(ctx, req, opts...)
	}
	vectorCalls["resetPassword"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(ResetPasswordRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return nil, c.ResetPassword(ctx, req, opts...)
	}
	vectorCalls["editBasicUser"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(EditBasicUserRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return nil, c.EditBasicUser(ctx, req, opts...)
	}
	vectorCalls["checkIfUserExist"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(CheckIfUserExistRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.CheckIfUserExist(ctx, req, opts...)
	}
	vectorCalls["signInWithWechat"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(WechatNoAuthSignInRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.SignInWithWechat(ctx, req, opts...)
	}
	vectorCalls["genProviderRedirectUri"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(GenProviderRedirectURIRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.GenProviderRedirectURI(ctx, req, opts...)
	}
	vectorCalls["transByProvider"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(TransByProviderRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.TransByProvider(ctx, req, opts...)
	}
	vectorCalls["changeBoundProvider"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(ChangeBoundProviderRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.ChangeBoundProvider(ctx, req, opts...)
	}
	vectorCalls["getProviderSubType"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(ProviderSubTypeRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.GetProviderSubType(ctx, req, opts...)
	}
	vectorCalls["createCaptchaData"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(CaptchaDataRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.CreateCaptchaData(ctx, req, opts...)
	}
	vectorCalls["verifyCaptchaData"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(VerifyCaptchaRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.VerifyCaptchaData(ctx, req, opts...)
	}
	vectorCalls["getMiniProgramQrCode"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(QrCodeRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.GetMiniProgramQrCode(ctx, req, opts...)
	}
	vectorCalls["getMiniProgramQrCodeStatus"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(QrCodeStatusRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.GetMiniProgramQrCodeStatus(ctx, req, opts...)
	}
	vectorCalls["revokeAllDevices"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		if err := decodeVectorArguments(args, nil); err != nil {
			return nil, err
		}
		return nil, c.RevokeAllDevices(ctx, opts...)
	}
	vectorCalls["revokeDevice"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(RevokeDeviceRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return nil, c.RevokeDevice(ctx, req, opts...)
	}
	vectorCalls["editContact"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(EditContactRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return nil, c.EditContact(ctx, req, opts...)
	}
	vectorCalls["authorize"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(AuthorizeRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.Authorize(ctx, req, opts...)
	}
	vectorCalls["getAuthorizeInfo"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(GetAuthorizeInfoRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.GetAuthorizeInfo(ctx, req, opts...)
	}
	vectorCalls["requestDeviceCode"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(DeviceCodeRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.RequestDeviceCode(ctx, req, opts...)
	}
	vectorCalls["authorizeDevice"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(AuthorizeDeviceRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return nil, c.AuthorizeDevice(ctx, req, opts...)
	}
	vectorCalls["getClientCredential"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(ClientCredentialRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.GetClientCredential(ctx, req, opts...)
	}
	vectorCalls["queryUser"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(QueryUserRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.QueryUser(ctx, req, opts...)
	}
	vectorCalls["getWedaUserInfo"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		if err := decodeVectorArguments(args, nil); err != nil {
			return nil, err
		}
		return c.GetWedaUserInfo(ctx, opts...)
	}
	vectorCalls["setUserProfile"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(SetUserProfileRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.SetUserProfile(ctx, req, opts...)
	}
	vectorCalls["checkUsername"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(CheckUsernameRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return nil, c.CheckUsername(ctx, req, opts...)
	}
	vectorCalls["getUserBehaviorLog"] = func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error) {
		req := new(GetUserBehaviorLogRequest)
		if err := decodeVectorArguments(args, req); err != nil {
			return nil, err
		}
		return c.GetUserBehaviorLog(ctx, req, opts...)
	}
}
