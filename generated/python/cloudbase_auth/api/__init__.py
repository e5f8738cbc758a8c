# generated from spec/auth-v1.yaml by authgen, do not edit
"""Contains methods for accessing the API"""
