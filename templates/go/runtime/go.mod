module github.com/cloudbase-auth/cloudbase-auth-go

go 1.22
