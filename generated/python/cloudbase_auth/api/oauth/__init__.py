# generated from spec/auth-v1.yaml by authgen, do not edit
"""Contains endpoint functions for accessing the API"""
