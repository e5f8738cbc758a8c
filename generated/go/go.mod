// generated from spec/auth-v1.yaml by authgen, do not edit
module github.com/cloudbase-auth/cloudbase-auth-go

go 1.22
