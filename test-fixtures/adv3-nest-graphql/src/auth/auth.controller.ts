import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Response } from 'express';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

@Controller('auth')
export class AuthController {
  constructor(private readonly jwt: JwtService) {}

  @Post('login')
  @HttpCode(200)
  async login(@Body() body: { email: string }, @Res({ passthrough: true }) res: Response) {
    const token = await this.jwt.signAsync({ sub: body.email }, { expiresIn: '7d' });
    res.cookie('sid', token, { httpOnly: true, maxAge: WEEK_MS, expires: new Date(Date.now() + WEEK_MS) });
    return { ok: true };
  }

  @Post('logout')
  logout(@Res({ passthrough: true }) res: Response) {
    res.cookie('sid', '', { expires: new Date(0) });
    res.setHeader('Expires', 'Thu, 01 Jan 1970 00:00:00 GMT');
    res.setHeader('Sunset', 'Sat, 01 May 2027 00:00:00 GMT');
    res.setHeader('Deprecation', 'Mon, 01 Mar 2027 00:00:00 GMT');
    return { ok: true };
  }
}
